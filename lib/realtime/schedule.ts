/**
 * Deterministic event schedules for the push/pull timeline: the same seed
 * always gives the same events, so a scenario's answer never changes between
 * the browser and the server. Times are in seconds from the start of the window.
 */

/** mulberry32: a tiny seeded generator returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Events arriving at random at an average of `perMinute` a minute (a Poisson
 * process: exponential gaps), within [0, durationS). Rounded to the millisecond.
 */
export function poissonSchedule({
  perMinute,
  durationS,
  seed,
}: {
  perMinute: number;
  durationS: number;
  seed: number;
}): number[] {
  if (!(perMinute >= 0) || !Number.isFinite(perMinute)) throw new RangeError("The event rate must be 0 or more.");
  if (!(durationS > 0) || !Number.isFinite(durationS)) throw new RangeError("The window must be longer than 0 s.");
  if (perMinute === 0) return [];
  const random = seededRandom(seed);
  const meanGapS = 60 / perMinute;
  const events: number[] = [];
  let t = 0;
  for (;;) {
    t += -Math.log(1 - random()) * meanGapS;
    const rounded = Math.round(t * 1000) / 1000;
    if (rounded >= durationS) return events;
    events.push(rounded);
  }
}

/** One event every `everyS` seconds, the first at `firstAtS`: a fixed schedule. */
export function evenSchedule({
  everyS,
  firstAtS,
  durationS,
}: {
  everyS: number;
  firstAtS: number;
  durationS: number;
}): number[] {
  if (!(everyS > 0)) throw new RangeError("The gap between events must be longer than 0 s.");
  if (!(firstAtS >= 0)) throw new RangeError("The first event cannot come before the window starts.");
  const events: number[] = [];
  for (let k = 0; firstAtS + k * everyS < durationS; k++) events.push(firstAtS + k * everyS);
  return events;
}

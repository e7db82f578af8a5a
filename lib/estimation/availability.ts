/**
 * Availability arithmetic: nines ↔ downtime, and how availability combines.
 * A year is 365.25 days (which reproduces the usual table: 99.99% ≈ 52.6
 * minutes a year) and a month is 30 days.
 */

export const PERIOD_SECONDS = {
  year: 365.25 * 86_400,
  month: 30 * 86_400,
  week: 7 * 86_400,
  day: 86_400,
} as const;
export type Period = keyof typeof PERIOD_SECONDS;

/** Allowed downtime in seconds per period for an availability given as a fraction (0.9999). */
export function downtimeBudget(availability: number): Record<Period, number> {
  const down = 1 - availability;
  return {
    year: down * PERIOD_SECONDS.year,
    month: down * PERIOD_SECONDS.month,
    week: down * PERIOD_SECONDS.week,
    day: down * PERIOD_SECONDS.day,
  };
}

/** "99.99" or "99.99%" → 0.9999; null when it is not a percentage strictly between 0 and 100. */
export function parsePercent(text: string): number | null {
  const cleaned = text.trim().replace(/%$/, "").trim();
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const percent = Number(cleaned);
  return percent > 0 && percent < 100 ? percent / 100 : null;
}

/** The availability that allows exactly this much downtime per period. */
export function availabilityForDowntime(seconds: number, period: Period): number {
  return Math.max(0, 1 - seconds / PERIOD_SECONDS[period]);
}

export const STANDARD_TARGETS = [0.9, 0.99, 0.995, 0.999, 0.9995, 0.9999, 0.99999, 0.999999] as const;

/** The loosest standard target whose downtime fits the budget: 1 hour a year → 99.99%. */
export function minimumTarget(seconds: number, period: Period): number | null {
  return STANDARD_TARGETS.find((target) => downtimeBudget(target)[period] <= seconds + 1e-9) ?? null;
}

/** How many nines: 0.9999 → 4, 0.9995 → 3.3. */
export function nines(availability: number): number {
  return availability >= 1 ? Infinity : -Math.log10(1 - availability);
}

/** Labels for the common targets, as the scoping chapter uses them. */
export function targetLabel(availability: number): string | null {
  const labels: [number, string][] = [
    [0.99, "unacceptable for most services"],
    [0.999, "common for internal services"],
    [0.9999, "a strong target for a user-facing V1"],
    [0.99999, "the gold standard, and very expensive"],
  ];
  return labels.find(([target]) => Math.abs(target - availability) < 1e-12)?.[1] ?? null;
}

/** Every component must be up: availabilities multiply. */
export function inSeries(parts: number[]): number {
  return parts.reduce((product, part) => product * part, 1);
}

/** Any one replica is enough: the system is down only when all are. */
export function inParallel(parts: number[]): number {
  return 1 - parts.reduce((product, part) => product * (1 - part), 1);
}

/** A request that waits on n dependencies at once, each available a of the time, succeeds only if all answer. */
export function fanOut(n: number, a: number): number {
  return a ** n;
}

/**
 * A chain of stages in series, each stage `count` identical replicas in
 * parallel: the model the calculator draws (load balancers → app → database).
 */
export type Stage = { name: string; availability: number; count: number };

export function chainAvailability(stages: Stage[]): number {
  return inSeries(stages.map((stage) => inParallel(Array.from({ length: stage.count }, () => stage.availability))));
}

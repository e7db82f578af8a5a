import { formatBitsPerSecond, formatBytes, formatBytesPerSecond, formatExact } from "@/lib/estimation/format";
import { scoreEstimate, type EstimateScore } from "@/lib/estimation/score-estimate";

/**
 * Generated estimation questions. A question is a pure function of its seed
 * and kind, so a learner can share or revisit one, and the server regenerates
 * it to score an answer without trusting anything the browser computed.
 */
export const DRILL_KINDS = ["average-qps", "peak-qps", "storage", "bandwidth", "servers"] as const;
export type DrillKind = (typeof DRILL_KINDS)[number];

export type Drill = {
  seed: number;
  kind: DrillKind;
  question: string;
  /** The unit the learner answers in. */
  unit: string;
  answer: number;
  /** The worked solution, shown after the learner commits. */
  steps: string[];
};

/** mulberry32: a tiny, well-distributed PRNG; the same seed always gives the same sequence. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const APPS = [
  "a photo-sharing app",
  "a chat service",
  "a food-delivery app",
  "a news site",
  "a fitness tracker",
  "a music streaming app",
  "a code-hosting site",
  "an online game",
];

export function generateDrill(seed: number, kind: DrillKind): Drill {
  const next = random(seed);
  const pick = <T>(options: readonly T[]) => options[Math.floor(next() * options.length)]!;
  const app = pick(APPS);
  const dau = pick([1, 2, 5, 10, 20, 50, 100, 200, 500]) * 1_000_000;
  const perUser = pick([2, 5, 10, 20, 30, 50]);
  const multiplier = pick([2, 3, 4, 5]);
  const n = (value: number) => formatExact(value, 1);

  switch (kind) {
    case "average-qps": {
      const daily = dau * perUser;
      const answer = daily / 86_400;
      return {
        seed,
        kind,
        unit: "requests/s",
        answer,
        question: `${app} has ${n(dau)} daily active users, each making ${perUser} requests a day. What is the average load in requests per second?`,
        steps: [
          `Requests per day: ${n(dau)} × ${perUser} = ${n(daily)}.`,
          `Average per second: ${n(daily)} ÷ 86,400 s = ${n(answer)} requests/s.`,
          "Shortcut: 86,400 ≈ 10⁵, so divide by 100,000 and add about 15%.",
        ],
      };
    }
    case "peak-qps": {
      const average = (dau * perUser) / 86_400;
      const answer = average * multiplier;
      return {
        seed,
        kind,
        unit: "requests/s",
        answer,
        question: `${app} has ${n(dau)} DAU making ${perUser} requests each a day, and its busiest hour runs at ${multiplier}× the average. What is the peak load in requests per second?`,
        steps: [
          `Average: ${n(dau)} × ${perUser} ÷ 86,400 = ${n(average)} requests/s.`,
          `Peak: ${n(average)} × ${multiplier} = ${n(answer)} requests/s.`,
        ],
      };
    }
    case "storage": {
      const writers = pick([0.01, 0.05, 0.1, 0.2]);
      const recordKb = pick([0.5, 1, 2, 5, 10, 100]);
      const years = pick([1, 3, 5, 10]);
      const perDay = dau * writers * perUser;
      const bytes = perDay * recordKb * 1000 * 365 * years;
      const answer = bytes / 1e12;
      return {
        seed,
        kind,
        unit: "TB",
        answer,
        question: `In ${app}, ${n(writers * 100)}% of ${n(dau)} DAU each save ${perUser} records a day of about ${n(recordKb)} KB. How much storage do the records need after ${years} year${years === 1 ? "" : "s"}, before replication, in TB?`,
        steps: [
          `Records per day: ${n(dau)} × ${n(writers * 100)}% × ${perUser} = ${n(perDay)}.`,
          `Bytes per day: ${n(perDay)} × ${n(recordKb)} KB = ${formatBytes(perDay * recordKb * 1000)}.`,
          `Over ${years} year${years === 1 ? "" : "s"}: × 365 × ${years} = ${formatBytes(bytes)} = ${n(answer)} TB.`,
        ],
      };
    }
    case "bandwidth": {
      const qps = pick([1, 2, 5, 10, 20, 50, 100, 200, 600]) * 1000;
      const payloadKb = pick([0.25, 0.5, 1, 2, 10, 50]);
      const bytesPerSecond = qps * payloadKb * 1000;
      const answer = (bytesPerSecond * 8) / 1e6;
      return {
        seed,
        kind,
        unit: "Mbps",
        answer,
        question: `At peak, ${app} serves ${n(qps)} responses a second of about ${n(payloadKb)} KB each. What egress bandwidth is that, in megabits per second?`,
        steps: [
          `Bytes per second: ${n(qps)} × ${n(payloadKb)} KB = ${formatBytesPerSecond(bytesPerSecond)}.`,
          `Bits: × 8 = ${formatBitsPerSecond(bytesPerSecond)} = ${n(answer)} Mbps.`,
        ],
      };
    }
    case "servers": {
      const peak = pick([10, 50, 100, 300, 600, 1000]) * 1000;
      const perServer = pick([1000, 1500, 2000]);
      const answer = Math.ceil(peak / perServer);
      return {
        seed,
        kind,
        unit: "servers",
        answer,
        question: `${app} must handle ${n(peak)} requests a second at peak, and one app server handles about ${n(perServer)}. At least how many app servers does it need (before headroom)?`,
        steps: [
          `${n(peak)} ÷ ${n(perServer)} = ${n(peak / perServer)}, rounded up: ${answer} servers.`,
          `Because ${n(peak)} ≫ ${n(perServer)}, one machine cannot serve it: a load balancer and a fleet of stateless servers can.`,
        ],
      };
    }
  }
}

export function scoreDrill(seed: number, kind: DrillKind, value: number): EstimateScore & { drill: Drill } {
  const drill = generateDrill(seed, kind);
  return { ...scoreEstimate(value, drill.answer), drill };
}

export const isDrillKind = (value: unknown): value is DrillKind => DRILL_KINDS.includes(value as DrillKind);

/** A fresh seed for a new question. */
export function newSeed(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0]!;
}

import { formatCount, formatProbability, scientific } from "@/lib/keyspace/format";
import {
  collisionProbability,
  expectedCollisions,
  idsForCollisionProbability,
  nextKeyTakenProbability,
  perSecondFromMonthly,
  totalKeys,
  yearsToExhaust,
} from "@/lib/keyspace/keyspace";
import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";

/**
 * The KeyspaceCalculator's worked figures (100M new links a month is the
 * course's assumed load for a URL shortener) and the predictions asked about
 * them. Every answer is computed by the model.
 */
export const KEYSPACE_EXAMPLE = { alphabet: 62, length: 7, perMonth: 100_000_000, randomIds: 1_000_000_000 };

const roundTo2 = (value: number) => Number.parseFloat(value.toPrecision(2));

/** Which band a collision probability falls in, as the prediction's options name them. */
export function probabilityBand(p: number): "tiny" | "possible" | "likely" | "certain" {
  if (p < 0.01) return "tiny";
  if (p < 0.5) return "possible";
  if (p < 0.9999) return "likely";
  return "certain";
}

const keys7 = totalKeys(KEYSPACE_EXAMPLE.alphabet, KEYSPACE_EXAMPLE.length);
const keys6 = totalKeys(KEYSPACE_EXAMPLE.alphabet, 6);
const perSecond = perSecondFromMonthly(KEYSPACE_EXAMPLE.perMonth);
const years7 = yearsToExhaust(keys7, perSecond);
const years6 = yearsToExhaust(keys6, perSecond);
const billion = KEYSPACE_EXAMPLE.randomIds;
const coinFlip = idsForCollisionProbability(0.5, keys7);

export const KEYSPACE_SCENARIOS: PredictionScenarios = {
  "years-seven-chars": {
    question:
      "Keys of 7 base62 characters, handed out in order (a counter), at an assumed 100 million new links a month. About how long until every key is used?",
    options: [
      { id: "47", label: "About 47 years" },
      { id: "290", label: "About 290 years" },
      { id: "2900", label: "About 2,900 years" },
      { id: "180000", label: "About 180,000 years" },
    ],
    answer: String(roundTo2(years7)),
    why: `62⁷ = ${formatCount(keys7)} keys. 100M a month is ${formatCount(perSecond)} a second, or ${formatCount(perSecond * 365 * 86_400, 0)} a year, so the space lasts ${formatCount(keys7)} ÷ ${formatCount(perSecond * 365 * 86_400, 0)} ≈ ${formatCount(years7, 0)} years. One character fewer (62⁶ = ${formatCount(keys6)}) lasts only about ${formatCount(years6, 0)} years: each character multiplies the life by 62.`,
  },
  "collision-one-billion": {
    question:
      "Now the keys are drawn at random from the same 7-character base62 space, with no check. After 1 billion of them, how likely is it that at least two are the same?",
    options: [
      { id: "tiny", label: "Under 1 %: there are 3.5 trillion keys" },
      { id: "possible", label: "Between 1 % and 50 %" },
      { id: "likely", label: "Between 50 % and 99.99 %" },
      { id: "certain", label: "Practically certain" },
    ],
    answer: probabilityBand(collisionProbability(billion, keys7)),
    why: `The birthday bound: P ≈ 1 − exp(−n²/2k) = ${formatProbability(collisionProbability(billion, keys7))}. A billion ids make about ${scientific((billion * (billion - 1)) / 2)} pairs, and each pair matches with a chance of 1 in ${scientific(keys7)}, so about ${formatCount(expectedCollisions(billion, keys7), 0)} collisions are expected. Random ids need a check (insert only if absent) and a retry; by then a new id is taken ${formatProbability(nextKeyTakenProbability(billion, keys7))} of the time, so retries stay rare.`,
  },
  "coin-flip": {
    question:
      "Same random 7-character base62 keys. Roughly how many must be issued before a collision is as likely as not (50 %)?",
    options: [
      { id: "2200000", label: "About 2.2 million" },
      { id: "1800000000000", label: "About 1.8 trillion (half the keys)" },
      { id: "3500000000000", label: "About 3.5 trillion (all of them)" },
    ],
    answer: String(roundTo2(coinFlip)),
    why: `A collision needs only one matching pair, and pairs grow with the square of the ids: n ≈ √(2k · ln 2) = √(2 × ${formatCount(keys7)} × 0.693) ≈ ${formatCount(coinFlip, 0)}. That is why a shortener that picks keys at random must check each one, however large the space looks.`,
  },
};

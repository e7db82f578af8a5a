import { formatCount, formatProbability, formatYears, power, scientific } from "@/lib/keyspace/format";
import {
  collisionProbability,
  expectedCollisions,
  idsForCollisionProbability,
  idsPerYear,
  MAX_LENGTH,
  nextKeyTakenProbability,
  SECONDS_PER_MONTH,
  shortestLengthLasting,
  totalKeys,
  yearsToExhaust,
} from "@/lib/keyspace/keyspace";
import { formatNumber } from "@/lib/format/number";

/** Every output with the formula that gives it. */
export function KeyspaceResults({
  alphabet,
  length,
  perSecond,
  perMonth,
  years,
  randomIds,
}: {
  alphabet: number;
  length: number;
  perSecond: number;
  /** The rate as typed, when it was given per month. */
  perMonth: number | null;
  years: number;
  randomIds: number;
}) {
  const keys = totalKeys(alphabet, length);
  const perYear = idsPerYear(perSecond);
  const life = yearsToExhaust(keys, perSecond);
  const shortest = shortestLengthLasting(alphabet, perSecond, years);
  const odds = collisionProbability(randomIds, keys);
  const expected = expectedCollisions(randomIds, keys);
  const coinFlip = idsForCollisionProbability(0.5, keys);

  return (
    <div className="space-y-3 text-sm">
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">Keys</dt>
        <dd>
          {power(alphabet, length)} = <strong>{formatCount(keys, 0)}</strong>
          {keys >= 1e9 ? null : ` (${scientific(keys)})`}
        </dd>
        <dt className="font-medium">Rate</dt>
        <dd>
          {perMonth !== null ? `${formatCount(perMonth, 0)} a month ÷ ${formatCount(SECONDS_PER_MONTH)} s = ` : ""}
          <strong>{formatCount(perSecond)} a second</strong>, or {formatCount(perYear, 0)} a year
        </dd>
        <dt className="font-medium">Years to exhaust</dt>
        <dd>
          {perSecond > 0 ? `${formatCount(keys, 0)} ÷ ${formatCount(perYear, 0)} a year = ` : ""}
          <strong>{formatYears(life)}</strong> if keys are handed out in order
        </dd>
        <dt className="font-medium">Shortest length for {formatCount(years, 0)} years</dt>
        <dd>
          {shortest === null ? (
            <strong>none up to {MAX_LENGTH} symbols</strong>
          ) : (
            <>
              <strong>
                {shortest} {shortest === 1 ? "symbol" : "symbols"}
              </strong>
              : {power(alphabet, shortest)} = {formatCount(totalKeys(alphabet, shortest), 0)} ≥{" "}
              {formatCount(perYear * years, 0)} ids needed
              {shortest > 1 ? ` (${power(alphabet, shortest - 1)} falls short)` : ""}
            </>
          )}
        </dd>
      </dl>

      <h5 className="font-semibold">If the keys are drawn at random instead</h5>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">Chance of a collision after {formatNumber(randomIds)} ids</dt>
        <dd>
          P ≈ 1 − exp(−n(n − 1) / 2k) = <strong>{formatProbability(odds)}</strong>
        </dd>
        <dt className="font-medium">Expected collisions (retries)</dt>
        <dd>
          n(n − 1) / 2k ≈ n² / 2k = <strong>{formatCount(expected, 2)}</strong>: about how many times a &ldquo;random,
          then check it is free&rdquo; generator retries while issuing them
        </dd>
        <dt className="font-medium">The next id is taken</dt>
        <dd>
          n / k = <strong>{formatProbability(nextKeyTakenProbability(randomIds, keys))}</strong> of the time
        </dd>
        <dt className="font-medium">50 % chance of a collision at</dt>
        <dd>
          √(2k · ln 2) ≈ <strong>{formatCount(coinFlip, 0)} ids</strong>
        </dd>
      </dl>
      <p className="text-muted">
        The retry estimate holds while the ids are a small part of the space; as it fills, every new id needs more
        tries.
      </p>
    </div>
  );
}

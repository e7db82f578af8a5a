"use client";

import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { KeyspacePanel } from "@/components/simulators/keyspace/keyspace-panel";
import { KEYSPACE_SCENARIOS } from "@/lib/keyspace/scenarios";

const KEYS = ["years-seven-chars", "collision-one-billion", "coin-flip"] as const;

/**
 * A short-link key space: how many keys an alphabet and length give, how long
 * they last at a rate, the shortest length that lasts a chosen number of years,
 * and the birthday odds for keys drawn at random. The calculator opens once the
 * three predictions are made; they are saved as attempts.
 */
export function KeyspaceCalculator({ id }: { id: string }) {
  const prediction = usePrediction(id, KEYSPACE_SCENARIOS);
  const open = KEYS.every((key) => prediction.answered(key));
  return (
    <section className="space-y-3" aria-label="Key-space calculator" data-testid="keyspace-calculator">
      <p className="text-sm text-muted">
        The load of 100 million new links a month is an assumption for practice. A month is taken as 30 days and a year
        as 365.
      </p>
      {KEYS.map((key) => (
        <PredictionPrompt key={key} id={id} scenarios={KEYSPACE_SCENARIOS} scenario={key} />
      ))}
      {open ? (
        <KeyspacePanel />
      ) : (
        <p className="text-sm text-muted">Make the three predictions above to open the calculator.</p>
      )}
    </section>
  );
}

"use client";

import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { FanoutPanel } from "@/components/simulators/feeds/fanout-panel";
import { FANOUT_SCENARIOS } from "@/lib/feeds/scenarios";

const KEYS = ["push-writes", "pull-reads", "hybrid-biggest-fall"] as const;

/**
 * Fan-out on write, on read and the hybrid for one assumed network: timeline
 * writes a second, reads per load and the biggest single post's fan-out as
 * the learner moves the follower threshold. The calculator opens once the
 * three predictions are made; they are saved as attempts.
 */
export function FanoutCalculator({ id }: { id: string }) {
  const prediction = usePrediction(id, FANOUT_SCENARIOS);
  const open = KEYS.every((key) => prediction.answered(key));
  return (
    <section className="space-y-3" aria-label="Fan-out calculator" data-testid="fanout-calculator">
      <p className="text-sm text-muted">
        Every figure in the preset is an assumption invented for practice, not a real network&apos;s numbers. Follows
        are taken as spread evenly over readers.
      </p>
      {KEYS.map((key) => (
        <PredictionPrompt key={key} id={id} scenarios={FANOUT_SCENARIOS} scenario={key} />
      ))}
      {open ? (
        <FanoutPanel />
      ) : (
        <p className="text-sm text-muted">Make the three predictions above to open the calculator.</p>
      )}
    </section>
  );
}

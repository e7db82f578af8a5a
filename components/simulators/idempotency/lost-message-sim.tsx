"use client";

import { useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { RadioGroup } from "@/components/simulators/radio-group";
import { RunSteps } from "@/components/simulators/idempotency/run-steps";
import { AMOUNT, BEHAVIOURS, KEY, TIMING, formatSeconds, runLostMessage } from "@/lib/idempotency/lost-message";
import {
  BEHAVIOUR_LABELS,
  LEASE_CHOICES,
  LOST_MESSAGE_CASES,
  LOST_MESSAGE_SCENARIOS,
} from "@/lib/idempotency/scenarios";

type Case = (typeof LOST_MESSAGE_CASES)[number];

/**
 * Lose one message of a payment (the request, the server mid-way, the
 * response), slow the charge down or make it fail. The learner predicts what
 * the card and the app end up with; then the same failure runs for three
 * client behaviours side by side: no retry, retry without a key, retry with
 * the same idempotency key.
 */
export function LostMessageSim({ id }: { id: string }) {
  const prediction = usePrediction(id, LOST_MESSAGE_SCENARIOS);
  const [fault, setFault] = useState<Case["fault"]>(LOST_MESSAGE_CASES[0]!.fault);
  const [leaseMs, setLeaseMs] = useState<number>(TIMING.leaseMs);
  const current = LOST_MESSAGE_CASES.find((c) => c.fault === fault)!;
  const remaining = current.scenarios.filter((key) => !prediction.answered(key)).length;
  const open = remaining === 0;
  // Each case opens on the lease its questions state; the learner may change it afterwards.
  const chooseFault = (next: Case["fault"]) => {
    setFault(next);
    setLeaseMs(TIMING.leaseMs);
  };

  return (
    <div className="space-y-5" data-testid="lost-message-sim">
      <p className="text-sm text-muted">
        An app sends POST /payments for {AMOUNT} at t = 0. Messages take {formatSeconds(TIMING.oneWayMs)} each way and a
        charge takes {formatSeconds(TIMING.chargeMs)}. The app waits {formatSeconds(TIMING.clientTimeoutMs)} for a
        reply, then (if it retries) backs off {TIMING.backoffMs.map((ms) => ms / 1000).join(", ")} s, for at most{" "}
        {TIMING.maxAttempts} attempts. With a key ({KEY}), the server claims it atomically with a{" "}
        {formatSeconds(TIMING.leaseMs)} lease, replays a stored response, and answers 409 Conflict while another attempt
        holds the key.
      </p>
      <RadioGroup
        legend="What goes wrong on the first attempt?"
        value={fault}
        options={LOST_MESSAGE_CASES.map((c) => ({ value: c.fault, label: c.label }))}
        onChange={chooseFault}
      />
      <div className="space-y-3">
        {current.scenarios.map((key) => (
          <PredictionPrompt key={key} id={id} scenarios={LOST_MESSAGE_SCENARIOS} scenario={key} />
        ))}
      </div>
      {open ? (
        <div className="space-y-4">
          <RadioGroup
            legend="Lease on a claim (used by the run with a key)"
            value={leaseMs}
            options={LEASE_CHOICES.map((choice) => ({ value: choice.ms, label: choice.label }))}
            onChange={setLeaseMs}
          />
          <p className="text-sm text-muted">
            Same failure, three client behaviours. Each run starts when the app first sends (t = 0).
          </p>
          <div className="grid gap-4 lg:grid-cols-3" aria-live="polite">
            {BEHAVIOURS.map((behaviour) => (
              <RunSteps
                key={behaviour}
                title={BEHAVIOUR_LABELS[behaviour]}
                run={runLostMessage({ fault, behaviour, leaseMs })}
              />
            ))}
          </div>
        </div>
      ) : (
        <p className="text-sm text-muted">
          {remaining < current.scenarios.length
            ? remaining === 1
              ? "One more prediction to go, then the three runs appear."
              : `${remaining} more predictions to go, then the three runs appear.`
            : `Make the ${current.scenarios.length === 1 ? "prediction" : "predictions"} above to see the three runs step by step.`}
        </p>
      )}
    </div>
  );
}

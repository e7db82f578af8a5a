"use client";

import { useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { RadioGroup } from "@/components/simulators/radio-group";
import { StepList } from "@/components/simulators/outbox/step-list";
import { OUTBOX_CASES, OUTBOX_SCENARIOS } from "@/lib/outbox/scenarios";
import { runWritePath, type IndexerMode, type RelayPlacement } from "@/lib/outbox/write-path";

type Case = (typeof OUTBOX_CASES)[number];

/**
 * Inject one failure into an order's write path (database, relay, broker,
 * search index). The learner predicts what happens to the event under a dual
 * write and under a transactional outbox; then both runs appear as step lists.
 */
export function OutboxFailureGame({ id }: { id: string }) {
  const prediction = usePrediction(id, OUTBOX_SCENARIOS);
  const [fault, setFault] = useState<Case["fault"]>(OUTBOX_CASES[0]!.fault);
  const [indexer, setIndexer] = useState<IndexerMode>("upsert-by-order-id");
  const [relay, setRelay] = useState<RelayPlacement>("in-service");
  const current = OUTBOX_CASES.find((c) => c.fault === fault)!;
  const open = current.scenarios.every((key) => prediction.answered(key));
  // Each case opens on the settings its questions state; the learner may change them afterwards.
  const chooseFault = (next: Case["fault"]) => {
    setFault(next);
    setIndexer(next === "index-timeout-retry" ? "auto-id" : "upsert-by-order-id");
    setRelay("in-service");
  };

  return (
    <div className="space-y-5" data-testid="outbox-failure-game">
      <p className="text-sm text-muted">
        Order o-42 is committed to the database at t = 0. In the dual write the order service then publishes OrderPlaced
        itself; with the outbox a relay polls every 0.2 s, publishes, and marks the row sent. An indexer reads the
        broker and writes the search index.
      </p>
      <RadioGroup
        legend="Failure to inject"
        value={fault}
        options={OUTBOX_CASES.map((c) => ({ value: c.fault, label: c.label }))}
        onChange={chooseFault}
      />
      <div className="space-y-3">
        {current.scenarios.map((key) => (
          <PredictionPrompt key={key} id={id} scenarios={OUTBOX_SCENARIOS} scenario={key} />
        ))}
      </div>
      {open ? (
        <div className="space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <RadioGroup
              legend="The indexer writes"
              value={indexer}
              options={[
                { value: "upsert-by-order-id", label: "An upsert with the order id as document id" },
                { value: "auto-id", label: "A new document each time (the index picks the id)" },
              ]}
              onChange={setIndexer}
            />
            <RadioGroup
              legend="The outbox relay runs"
              value={relay}
              options={[
                { value: "in-service", label: "As a loop inside the order service" },
                { value: "own-process", label: "In a process of its own" },
              ]}
              onChange={setRelay}
            />
          </div>
          <p className="text-sm text-muted">Both designs, same failure. Each run starts at the commit (t = 0).</p>
          <div className="grid gap-4 lg:grid-cols-2" aria-live="polite">
            <StepList title="Dual write" run={runWritePath({ design: "dual-write", fault, indexer: indexer, relay })} />
            <StepList
              title="Transactional outbox"
              run={runWritePath({ design: "outbox", fault, indexer: indexer, relay })}
            />
          </div>
        </div>
      ) : (
        <p className="text-sm text-muted">
          Make the {current.scenarios.length === 1 ? "prediction" : "predictions"} above to see both runs step by step.
        </p>
      )}
    </div>
  );
}

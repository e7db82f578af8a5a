"use client";

import { useMemo } from "react";
import { AttachEstimate } from "@/components/practice/estimator/attach-estimate";
import { FunnelSteps } from "@/components/practice/estimator/funnel-steps";
import { Headline } from "@/components/practice/estimator/headline";
import { ShareEstimate } from "@/components/practice/estimator/share-estimate";
import { StorageGrowth } from "@/components/practice/estimator/storage-growth";
import { estimateFunnel, type FunnelInputs } from "@/lib/estimation/funnel";

/** The estimate worked out from valid inputs (null while one is invalid): headline, what it forces, every step. */
export function EstimateResults({
  labelId,
  inputs,
  reference,
  blind,
  worksheet,
}: {
  labelId: string;
  inputs: FunnelInputs | null;
  reference?: readonly string[];
  /** A mock interview: no link to share. */
  blind: boolean;
  worksheet?: { id: string; title: string; referenceId: string | null };
}) {
  const result = useMemo(() => (inputs ? estimateFunnel(inputs) : null), [inputs]);
  return (
    <section aria-labelledby={labelId} className="space-y-6" aria-live="polite">
      <h2 id={labelId} className="text-2xl font-bold">
        Results
      </h2>
      {!result || !inputs ? (
        <p className="rounded-md border-l-4 border-danger bg-danger-soft px-4 py-3 text-sm" role="alert">
          Fix the highlighted inputs to see the estimate.
        </p>
      ) : (
        <>
          <Headline result={result} />

          <div className="space-y-2">
            <h3 className="text-lg font-semibold">What the numbers force</h3>
            <ul className="list-disc space-y-1 pl-5" data-testid="justifications">
              {result.justifications.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p className="text-sm">
              <strong>{result.workload.class.charAt(0).toUpperCase() + result.workload.class.slice(1)}:</strong>{" "}
              {result.workload.implication}
            </p>
          </div>

          {reference ? (
            <div
              className="rounded-md border-l-4 border-accent bg-accent-soft px-4 py-3"
              data-testid="reference-figures"
            >
              <h3 className="font-semibold">Reference figures for this example</h3>
              <ul className="mt-1 list-disc pl-5 text-sm">
                {reference.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ) : null}

          <StorageGrowth result={result} />
          <FunnelSteps steps={result.steps} />
          {blind ? null : <ShareEstimate inputs={inputs} />}
          {worksheet ? <AttachEstimate worksheet={worksheet} inputs={inputs} backLink={!blind} /> : null}
        </>
      )}
    </section>
  );
}

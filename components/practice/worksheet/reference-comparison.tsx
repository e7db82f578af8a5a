"use client";

import { Button } from "@/components/ui/button";
import type { DesignPrompt } from "@/lib/prompts/bank";
import type { WorksheetDocument } from "@/lib/worksheet/document";
import { coverage } from "@/lib/worksheet/feedback";

/**
 * Submitting commits the learner's scoping; only then are the reference
 * requirements and the coverage check shown, so the learner scopes first
 * and compares after (the reference would otherwise do the thinking).
 */
export function ReferenceComparison({
  prompt,
  document,
  onSubmit,
  onReopen,
}: {
  prompt: DesignPrompt | null;
  document: WorksheetDocument;
  onSubmit: () => void;
  onReopen: () => void;
}) {
  if (!prompt) return null;
  if (!document.submittedAt) {
    return (
      <section aria-labelledby="compare" className="rounded-md border border-border bg-surface p-4">
        <h2 id="compare" className="text-lg font-semibold">
          Compare with the reference
        </h2>
        <p className="mt-1 text-sm text-muted">
          When your scoping is done, submit it to see which of the reference V1 requirements you covered, the reference
          parking lot and non-functional requirements. You can keep editing afterwards.
        </p>
        <Button className="mt-3" onClick={onSubmit} disabled={document.functional.every((item) => !item.text.trim())}>
          Submit and compare
        </Button>
      </section>
    );
  }
  const result = coverage(document, prompt);
  const byId = new Map(document.functional.map((item, index) => [item.id, index + 1]));
  return (
    <section
      aria-labelledby="compare"
      className="space-y-4 rounded-md border border-border bg-surface p-4"
      data-testid="coverage"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="compare" className="text-lg font-semibold">
          Reference comparison: {result.covered} of {result.total} V1 requirements covered
        </h2>
        <Button variant="ghost" onClick={onReopen}>
          Hide the reference
        </Button>
      </div>
      <ul className="space-y-1 text-sm">
        {result.items.map(({ requirement, coveredBy }) => (
          <li key={requirement.id} data-covered={coveredBy ? "yes" : "no"}>
            <span className={coveredBy ? "font-semibold text-success" : "font-semibold text-danger"}>
              {coveredBy ? "Covered" : "Missing"}
            </span>{" "}
            {requirement.text}
            {coveredBy ? <span className="text-muted"> (your requirement {byId.get(coveredBy)})</span> : null}
          </li>
        ))}
      </ul>
      <div>
        <h3 className="font-semibold">Reference parking lot</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
          {prompt.referenceParkingLot.map((item) => (
            <li key={item.feature}>
              <strong>{item.feature}</strong>: {item.reason}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="font-semibold">Reference non-functional requirements</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
          {prompt.referenceNfrs.map((nfr) => (
            <li key={nfr}>{nfr}</li>
          ))}
        </ul>
      </div>
      {prompt.authored ? (
        <p className="text-xs text-muted">This reference is Tradeoff&apos;s own; other good answers exist.</p>
      ) : null}
    </section>
  );
}

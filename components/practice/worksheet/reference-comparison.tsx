"use client";

import { CoverageReport } from "@/components/practice/worksheet/coverage-report";
import { usePromptReference } from "@/components/practice/worksheet/use-prompt-reference";
import { Button } from "@/components/ui/button";
import type { PromptSummary } from "@/lib/prompts/catalog";
import type { WorksheetDocument } from "@/lib/worksheet/document";

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
  prompt: PromptSummary | null;
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
          When your scoping is done, submit it to see which of the reference V1 requirements, parked features and
          non-functional requirements you covered, and which of yours still need a number. You can keep editing
          afterwards.
        </p>
        <Button className="mt-3" onClick={onSubmit} disabled={document.functional.every((item) => !item.text.trim())}>
          Submit and compare
        </Button>
      </section>
    );
  }
  return <Comparison prompt={prompt} document={document} onReopen={onReopen} />;
}

/** The reference, fetched when first shown (see loadPromptReference), beside the learner's coverage of it. */
function Comparison({
  prompt,
  document,
  onReopen,
}: {
  prompt: PromptSummary;
  document: WorksheetDocument;
  onReopen: () => void;
}) {
  const { loaded, retry } = usePromptReference(prompt.id);
  if (!loaded) {
    return (
      <p role="status" className="rounded-md border border-border bg-surface p-4 text-sm text-muted">
        Loading the reference…
      </p>
    );
  }
  if (loaded.failed) {
    return (
      <section aria-labelledby="compare" className="rounded-md border border-border bg-surface p-4">
        <h2 id="compare" className="text-lg font-semibold">
          Compare with the reference
        </h2>
        <p role="alert" className="mt-1 text-sm">
          The reference could not be loaded. Check your connection and try again; your worksheet is saved.
        </p>
        <div className="mt-3 flex gap-2">
          <Button onClick={retry}>Try again</Button>
          <Button variant="ghost" onClick={onReopen}>
            Hide the reference
          </Button>
        </div>
      </section>
    );
  }
  if (!loaded.reference) return null;
  const reference = loaded.reference;
  return (
    <section
      aria-labelledby="compare"
      className="space-y-4 rounded-md border border-border bg-surface p-4"
      data-testid="coverage"
    >
      <CoverageReport
        document={document}
        reference={reference}
        heading={(covered, total) => (
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="compare" className="text-lg font-semibold">
              Reference comparison: {covered} of {total} V1 requirements covered
            </h2>
            <Button variant="ghost" onClick={onReopen}>
              Hide the reference
            </Button>
          </div>
        )}
      />
      {reference.authored ? (
        <p className="text-xs text-muted">This reference is Tradeoff&apos;s own; other good answers exist.</p>
      ) : null}
    </section>
  );
}

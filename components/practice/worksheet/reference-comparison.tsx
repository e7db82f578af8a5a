"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import type { PromptSummary } from "@/lib/prompts/catalog";
import { loadPromptReference } from "@/lib/prompts/load-reference";
import type { PromptReference } from "@/lib/prompts/reference";
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
          When your scoping is done, submit it to see which of the reference V1 requirements you covered, the reference
          parking lot and non-functional requirements. You can keep editing afterwards.
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
  const result = coverage(document, { ...prompt, ...reference });
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
          {reference.referenceParkingLot.map((item) => (
            <li key={item.feature}>
              <strong>{item.feature}</strong>: {item.reason}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="font-semibold">Reference non-functional requirements</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
          {reference.referenceNfrs.map((nfr) => (
            <li key={nfr}>{nfr}</li>
          ))}
        </ul>
      </div>
      {reference.authored ? (
        <p className="text-xs text-muted">This reference is Tradeoff&apos;s own; other good answers exist.</p>
      ) : null}
    </section>
  );
}

type Loaded = { id: string; failed: false; reference: PromptReference | undefined } | { id: string; failed: true };

/** The prompt's reference answer once fetched; `failed` when the fetch failed (offline, say), with a way to ask again. */
function usePromptReference(id: string) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [tries, setTries] = useState(0);
  useEffect(() => {
    let current = true;
    loadPromptReference(id).then(
      (reference) => current && setLoaded({ id, failed: false, reference }),
      () => current && setLoaded({ id, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [id, tries]);
  const retry = () => {
    setLoaded(null);
    setTries((count) => count + 1);
  };
  return { loaded: loaded?.id === id ? loaded : null, retry };
}

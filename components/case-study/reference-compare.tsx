"use client";

import { useEffect, useState } from "react";
import { usePromptReference } from "@/components/practice/worksheet/use-prompt-reference";
import { Button } from "@/components/ui/button";
import { MermaidView } from "@/components/whiteboard/mermaid-view";
import { analyzeDiagram, type Analysis } from "@/lib/diagrams/analyze";
import { runChecks } from "@/lib/diagrams/checks";
import { unmatchedNodes } from "@/lib/diagrams/compare-boards";

/** How a board fares on the whiteboard rules, in one line. */
function checksLine(analysis: Analysis | null): string {
  if (!analysis) return "Checking…";
  if (!analysis.ok) return `Does not draw yet (line ${analysis.line}): fix it to run the checks.`;
  if (!analysis.flow) return "Not a flowchart: the board checks apply to flowcharts.";
  const results = runChecks(analysis.flow);
  const failed = results.filter((check) => !check.passed);
  const passed = `${results.length - failed.length} of ${results.length} board checks pass`;
  return failed.length ? `${passed}; failing: ${failed.map((check) => check.rule).join("; ")}.` : `${passed}.`;
}

function useAnalysis(source: string | null): Analysis | null {
  const [analysis, setAnalysis] = useState<{ source: string; result: Analysis } | null>(null);
  useEffect(() => {
    if (source === null) return;
    let current = true;
    void analyzeDiagram(source).then((result) => current && setAnalysis({ source, result }));
    return () => {
      current = false;
    };
  }, [source]);
  return analysis && analysis.source === source ? analysis.result : null;
}

/**
 * The learner's board beside the reference diagram, offered once they have
 * changed the starting board, so the reference never replaces the drawing.
 */
export function ReferenceCompare({ prompt, source, start }: { prompt: string; source: string; start: string }) {
  const [shown, setShown] = useState(false);
  const drawn = source.trim() !== start.trim();
  return (
    <section className="space-y-3 rounded-md border border-border p-3" data-testid="reference-compare">
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant={shown ? "ghost" : "primary"}
          onClick={() => setShown((value) => !value)}
          disabled={!drawn && !shown}
          aria-expanded={shown}
        >
          {shown ? "Hide the reference diagram" : "Compare with the reference diagram"}
        </Button>
        {drawn ? null : <p className="text-sm text-muted">Draw your design first: change the starting board.</p>}
      </div>
      {shown ? <SideBySide prompt={prompt} source={source} /> : null}
    </section>
  );
}

function SideBySide({ prompt, source }: { prompt: string; source: string }) {
  const { loaded, retry } = usePromptReference(prompt);
  const diagram = loaded && !loaded.failed ? (loaded.reference?.answer?.diagram ?? null) : null;
  const mine = useAnalysis(source);
  const theirs = useAnalysis(diagram?.source ?? null);
  if (!loaded)
    return (
      <p role="status" className="text-sm text-muted">
        Loading the reference…
      </p>
    );
  if (!diagram) {
    return (
      <div className="space-y-2">
        <p role="alert" className="text-sm">
          The reference diagram could not be loaded. Check your connection and try again; your diagram is kept.
        </p>
        <Button size="sm" onClick={retry}>
          Try again
        </Button>
      </div>
    );
  }
  const missing = mine?.ok && mine.flow && theirs?.ok && theirs.flow ? unmatchedNodes(theirs.flow, mine.flow) : null;
  return (
    <div className="space-y-3">
      <div className="grid gap-4 lg:grid-cols-2">
        <figure className="min-w-0 space-y-2 rounded-md border border-border p-3">
          <figcaption className="font-semibold">Your diagram</figcaption>
          <MermaidView source={source} label="Your diagram" />
          <p className="text-sm" data-testid="my-checks">
            {checksLine(mine)}
          </p>
        </figure>
        <figure className="min-w-0 space-y-2 rounded-md border border-border p-3">
          <figcaption className="font-semibold">Reference: {diagram.title}</figcaption>
          <MermaidView source={diagram.source} label={`Reference diagram: ${diagram.title}`} />
          <p className="text-sm" data-testid="reference-checks">
            {checksLine(theirs)}
          </p>
        </figure>
      </div>
      {missing ? (
        <p className="text-sm" data-testid="missing-components">
          {missing.length
            ? `In the reference with no similarly named box on yours: ${missing.map((node) => node.label).join(", ")}. A different name can still be the same idea; ask what each one is for.`
            : "Every box of the reference has a similarly named one on yours. Now compare the arrows: who calls whom, and over what."}
        </p>
      ) : null}
    </div>
  );
}

import type { ReactNode } from "react";

/** One line of a simulated run: who did what, when, and whether it went well. */
export type TimedStep = {
  kind: "ok" | "fail" | "info";
  /** Shown as "t = …"; null for a step with no time of its own. */
  at: string | null;
  actor: string;
  text: string;
};

const MARKS: Record<TimedStep["kind"], { symbol: string; word: string; className: string }> = {
  ok: { symbol: "✓", word: "ok", className: "text-success" },
  fail: { symbol: "✗", word: "failure", className: "text-danger" },
  info: { symbol: "•", word: "note", className: "text-muted" },
};

/**
 * A run as a numbered list of steps, marked by symbol and by a word for screen
 * readers (colour alone never carries the outcome), then what it came to.
 * Simulators that replay a protocol (the outbox, lost messages, sagas) share it.
 */
export function TimedSteps({
  title,
  steps,
  outcome,
}: {
  title: string;
  steps: readonly TimedStep[];
  outcome?: ReactNode;
}) {
  return (
    <section className="min-w-0 space-y-2 rounded-md border border-border bg-bg p-3" aria-label={title}>
      <h4 className="font-semibold">{title}</h4>
      <ol className="space-y-1 text-sm">
        {steps.map((step, index) => {
          const mark = MARKS[step.kind];
          return (
            <li key={index} className="flex gap-2">
              <span className={`shrink-0 font-semibold ${mark.className}`} aria-hidden="true">
                {mark.symbol}
              </span>
              <span className="min-w-0">
                <span className="sr-only">{mark.word}: </span>
                {step.at === null ? null : <span className="text-muted tabular-nums">t = {step.at} </span>}
                <span className="font-medium">{step.actor}:</span> {step.text}
              </span>
            </li>
          );
        })}
      </ol>
      {outcome ? (
        <div className="border-t border-border pt-2 text-sm" aria-label={`${title}: outcome`} role="group">
          {outcome}
        </div>
      ) : null}
    </section>
  );
}

import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import type { Score } from "@/lib/lessons/blocks/score";

/** The frame every exercise shares: a kind label, the question, the controls and a live result line. */
export function ExerciseFrame({
  kind,
  id,
  title,
  children,
}: {
  kind: string;
  id: string;
  title: ReactNode;
  children: ReactNode;
}) {
  const headingId = `exercise-${id}`;
  return (
    <section
      aria-labelledby={headingId}
      data-exercise={id}
      className="not-prose my-8 rounded-lg border border-border bg-surface p-5 shadow-sm print:break-inside-avoid"
    >
      <p className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">{kind}</p>
      <h3 id={headingId} className="mb-4 text-lg leading-snug font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** The verdict after a commit, announced to screen readers as it appears. */
export function ResultLine({ result }: { result: Score | null }) {
  return (
    <div aria-live="polite" className="min-h-6">
      {result ? (
        <p
          className={cn(
            "mt-4 rounded-md px-3 py-2 text-sm font-medium",
            result.score === null ? "bg-bg" : result.correct ? "bg-success-soft" : "bg-danger-soft",
          )}
        >
          {result.score === null ? null : (
            <span className="mr-2 font-semibold">
              {result.correct ? "Correct." : `Score ${Math.round(result.score * 100)}%.`}
            </span>
          )}
          {result.correct && result.feedback === "Correct." ? null : result.feedback}
        </p>
      ) : null}
    </div>
  );
}

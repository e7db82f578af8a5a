import type { ReactNode } from "react";
import { onExerciseKey } from "@/components/lessons/blocks/exercise-keys";
import { GuessButton } from "@/components/review/guess-button";
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
      onKeyDown={onExerciseKey}
      // Focusable from script only: the exercise keys keep the focus here after a check.
      tabIndex={-1}
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

/**
 * The digit that picks an option from the keyboard (see exercise-keys.ts),
 * shown beside it. Drawn by CSS from `data-key`, so it is in neither the
 * option's accessible name nor its label's text.
 */
export function OptionKey({ index }: { index: number }) {
  if (index > 8) return null;
  return (
    <kbd
      aria-hidden
      data-key={index + 1}
      className="mt-0.5 shrink-0 rounded border border-border px-1 font-mono text-xs text-muted before:content-[attr(data-key)]"
    />
  );
}

/**
 * The verdict after a commit, announced to screen readers as it appears.
 * Under a right answer, the learner may say it was a guess (`exercise`: the
 * block, and the deck card or scenario answered).
 */
export function ResultLine({ result, exercise }: { result: Score | null; exercise: { block: string; unit?: string } }) {
  return (
    <>
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
      {result?.correct && result.score !== null ? (
        <GuessButton key={`${exercise.block}/${exercise.unit ?? ""}`} {...exercise} />
      ) : null}
    </>
  );
}

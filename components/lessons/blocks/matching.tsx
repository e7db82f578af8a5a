"use client";

import { useId, useState, type ReactNode } from "react";
import { ExerciseFrame, ResultLine } from "@/components/lessons/blocks/exercise-frame";
import { useExercise } from "@/components/lessons/progress/lesson-context";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import {
  asMatchingAnswer,
  matchingOptions,
  matchingResults,
  scoreMatching,
  type MatchingAnswer,
  type MatchingProps,
} from "@/lib/lessons/blocks/matching";
import { shuffledIndexes } from "@/lib/lessons/blocks/ordering";

/**
 * Match each left item to a right-hand item with a select. The right-hand
 * items are shuffled the same way on every render (by the block's id); after
 * checking, each pair says whether it is right, and why.
 */
export function Matching({ children, ...raw }: Record<string, unknown> & { children?: ReactNode }) {
  const props = raw as MatchingProps;
  const { attempts, record } = useExercise(props.id);
  const options = matchingOptions(props);
  const shown = shuffledIndexes(options.length, props.id);
  const empty = (): MatchingAnswer["matches"] => props.pairs.map(() => null);
  const [draft, setDraft] = useState(empty);
  const [retrying, setRetrying] = useState(false);
  const fieldId = useId();

  const last = attempts.at(-1);
  const saved = !retrying && last ? asMatchingAnswer(last.answer) : null;
  // A saved answer that no longer fits the block (the author changed it) is not shown.
  const answer = saved && saved.matches.length === props.pairs.length ? saved : null;
  const result = answer ? scoreMatching(props, answer) : null;
  const results = answer ? matchingResults(props, answer) : null;
  const matches = answer?.matches ?? draft;

  const commit = () => {
    const next = { matches: draft };
    record(next, scoreMatching(props, next));
    setRetrying(false);
  };

  return (
    <ExerciseFrame kind="Match the pairs" id={props.id} title={props.prompt}>
      <ul className="flex flex-col gap-2">
        {props.pairs.map((pair, index) => {
          const verdict = results?.[index];
          const chosen = matches[index] ?? null;
          const id = `${fieldId}-${index}`;
          return (
            <li
              key={index}
              className={cn(
                "rounded-md border bg-bg p-3",
                verdict ? (verdict.correct ? "border-success" : "border-danger") : "border-border",
              )}
            >
              <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between sm:gap-4">
                <label htmlFor={id} className="font-medium">
                  {pair.left}
                </label>
                <select
                  id={id}
                  className="min-h-10 rounded-md border border-border bg-bg px-2 py-2 text-base text-fg sm:w-64"
                  value={chosen === null ? "" : String(chosen)}
                  disabled={Boolean(answer)}
                  onChange={(event) => {
                    const value = event.target.value === "" ? null : Number(event.target.value);
                    setDraft((current) => current.map((entry, i) => (i === index ? value : entry)));
                  }}
                >
                  <option value="">Choose…</option>
                  {shown.map((optionIndex) => (
                    <option key={optionIndex} value={optionIndex}>
                      {options[optionIndex]}
                    </option>
                  ))}
                </select>
              </div>
              {verdict ? (
                <p className="mt-2 text-sm">
                  <strong className={verdict.correct ? "text-success" : "text-danger"}>
                    {verdict.correct ? "✓ Right. " : verdict.answered ? "✗ Not quite. " : "✗ Left unmatched. "}
                  </strong>
                  {verdict.correct ? null : <span>It matches {verdict.expected}. </span>}
                  {verdict.explanation ? <span className="text-muted">{verdict.explanation}</span> : null}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div className="mt-4 flex flex-wrap gap-3">
        {answer ? (
          <Button
            variant="secondary"
            onClick={() => {
              setDraft(empty());
              setRetrying(true);
            }}
          >
            Try again
          </Button>
        ) : (
          <Button data-submit onClick={commit} disabled={draft.every((entry) => entry === null)}>
            Check matches
          </Button>
        )}
      </div>
      <ResultLine result={result} exercise={{ block: props.id }} />
      {answer && children ? <div className="block-content mt-3 text-sm">{children}</div> : null}
    </ExerciseFrame>
  );
}

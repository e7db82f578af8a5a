"use client";

import { useId, useState } from "react";
import { ExerciseFrame, ResultLine } from "@/components/lessons/blocks/exercise-frame";
import { useExercise } from "@/components/lessons/progress/lesson-context";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import { generateDrill, newSeed } from "@/lib/estimation/drills";
import { formatExact } from "@/lib/estimation/format";
import { parseNumber } from "@/lib/estimation/parse-number";
import { asDrillAnswer, drillDefaults, scoreEstimationDrill } from "@/lib/lessons/blocks/estimation-drill";

/** A stable first question per block, so the prerendered page and the browser agree. */
function firstSeed(id: string): number {
  let hash = 2166136261;
  for (const char of id) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash;
}

/**
 * Generated estimation questions: the answer stays hidden until the learner
 * commits, then the score and the worked solution appear. Every answer is
 * saved as an attempt; the server regenerates the question from its seed.
 */
export function EstimationDrill(raw: Record<string, unknown>) {
  const props = drillDefaults(raw);
  const { attempts, record } = useExercise(props.id);
  const last = attempts.at(-1);
  const lastAnswer = last ? asDrillAnswer(last.answer) : null;
  const [next, setNext] = useState<{ seed: number } | null>(null);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  // Showing the last committed question (with its result) until the learner asks for another.
  const answered = next === null ? lastAnswer : null;
  const seed = answered?.seed ?? next?.seed ?? firstSeed(props.id);
  const kind = answered?.kind ?? props.kinds[seed % props.kinds.length]!;
  const drill = generateDrill(seed, kind);
  const result = answered ? scoreEstimationDrill(props, answered) : null;
  const scored = attempts.map((attempt) => attempt.score ?? 0);

  const commit = () => {
    const value = parseNumber(text);
    if (value === null) {
      setError("Enter a number, like 1157 or 1.2e6.");
      return;
    }
    setError(null);
    const answer = { seed, kind, value };
    record(answer, scoreEstimationDrill(props, answer));
    setNext(null);
  };

  return (
    <ExerciseFrame kind={`Drill · question ${seed}`} id={props.id} title={drill.question}>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (!answered) commit();
        }}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={inputId} className="text-sm font-medium">
            Your estimate ({drill.unit})
          </label>
          <input
            id={inputId}
            className={`${inputClasses} w-48 font-mono`}
            inputMode="decimal"
            autoComplete="off"
            value={answered ? String(answered.value) : text}
            readOnly={Boolean(answered)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        {answered ? (
          <Button
            onClick={() => {
              setText("");
              setNext({ seed: newSeed() });
            }}
          >
            Next question
          </Button>
        ) : (
          <Button type="submit" data-submit>
            Check
          </Button>
        )}
      </form>
      {error ? (
        <p id={`${inputId}-error`} className="mt-2 text-sm text-danger">
          {error}
        </p>
      ) : null}
      <ResultLine result={result} exercise={{ block: props.id }} />
      {answered ? (
        <div className="mt-3 space-y-1 text-sm" data-testid="drill-solution">
          <p>
            <strong>Reference answer:</strong> {formatExact(drill.answer, 1)} {drill.unit}
          </p>
          <ol className="list-decimal space-y-1 pl-5">
            {drill.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </div>
      ) : null}
      {scored.length > 0 ? (
        <p className="mt-3 text-xs text-muted">
          {scored.length} answered, average score{" "}
          {Math.round((scored.reduce((sum, score) => sum + score, 0) / scored.length) * 100)}%.
        </p>
      ) : null}
    </ExerciseFrame>
  );
}

"use client";

import { useId, useState, type ReactNode } from "react";
import { ExerciseFrame, ResultLine } from "@/components/lessons/blocks/exercise-frame";
import { useExercise } from "@/components/lessons/progress/lesson-context";
import { Button } from "@/components/ui/button";
import { parseNumber } from "@/lib/estimation/parse-number";
import { asNumericAnswer, numericDefaults, scoreNumeric } from "@/lib/lessons/blocks/numeric";
import { formatNumber } from "@/lib/format/number";

/** A numeric estimate in a chosen unit, scored within a tolerance; the worked solution appears after committing. */
export function NumericAnswer({ children, ...raw }: Record<string, unknown> & { children?: ReactNode }) {
  const props = numericDefaults(raw);
  const { attempts, record } = useExercise(props.id);
  const units = [props.unit, ...Object.keys(props.units)];
  const [text, setText] = useState("");
  const [unit, setUnit] = useState(props.unit);
  const [retrying, setRetrying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = `${inputId}-error`;

  const last = attempts.at(-1);
  const answer = !retrying && last ? asNumericAnswer(last.answer) : null;
  const result = answer ? scoreNumeric(props, answer) : null;

  const commit = () => {
    const value = parseNumber(text);
    if (value === null) {
      setError("Enter a number, like 1157 or 1.2e6.");
      return;
    }
    setError(null);
    const next = { value, unit };
    record(next, scoreNumeric(props, next));
    setRetrying(false);
  };

  return (
    <ExerciseFrame kind="Estimate" id={props.id} title={props.question}>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (!answer) commit();
        }}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={inputId} className="text-sm font-medium">
            Your estimate
          </label>
          <input
            id={inputId}
            inputMode="decimal"
            autoComplete="off"
            value={answer ? String(answer.value) : text}
            readOnly={Boolean(answer)}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            className="min-h-10 w-44 rounded-md border border-border bg-bg px-3 py-2 font-mono"
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${inputId}-unit`} className="text-sm font-medium">
            Unit
          </label>
          {units.length > 1 ? (
            <select
              id={`${inputId}-unit`}
              value={answer ? answer.unit : unit}
              disabled={Boolean(answer)}
              onChange={(event) => setUnit(event.target.value)}
              className="min-h-10 rounded-md border border-border bg-bg px-2 py-2"
            >
              {units.map((option) => (
                <option key={option}>{option}</option>
              ))}
            </select>
          ) : (
            <output id={`${inputId}-unit`} className="flex min-h-10 items-center px-1 font-medium">
              {props.unit}
            </output>
          )}
        </div>
        {answer ? (
          <Button
            variant="secondary"
            onClick={() => {
              setText("");
              setRetrying(true);
            }}
          >
            Try again
          </Button>
        ) : (
          <Button data-submit type="submit" disabled={text.trim() === ""}>
            Check estimate
          </Button>
        )}
      </form>
      {error ? (
        <p id={errorId} className="mt-2 text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
      <ResultLine result={result} exercise={{ block: props.id }} />
      {answer ? (
        <div className="block-content mt-3 text-sm">
          <p className="font-semibold">
            Reference: {formatNumber(props.answer)} {props.unit}
          </p>
          {children}
        </div>
      ) : null}
    </ExerciseFrame>
  );
}

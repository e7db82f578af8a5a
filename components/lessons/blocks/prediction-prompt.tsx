"use client";

import { useState } from "react";
import { ResultLine } from "@/components/lessons/blocks/exercise-frame";
import { useExercise } from "@/components/lessons/progress/lesson-context";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import {
  asPredictionAnswer,
  scorePrediction,
  type PredictionAnswer,
  type PredictionScenarios,
} from "@/lib/lessons/blocks/prediction";

/** A simulator's saved predictions: the last one per scenario, and a way to make one. */
export function usePrediction(id: string, scenarios: PredictionScenarios) {
  const { attempts, record } = useExercise(id);
  const latest = (scenario: string): PredictionAnswer | null => {
    for (let index = attempts.length - 1; index >= 0; index--) {
      const answer = asPredictionAnswer(attempts[index]!.answer);
      if (answer?.scenario === scenario) return answer;
    }
    return null;
  };
  return {
    latest,
    answered: (scenario: string) => latest(scenario) !== null,
    predict: (answer: PredictionAnswer) => record(answer, scorePrediction(scenarios, answer)),
  };
}

/**
 * "Predict, then see" for one scenario: the learner commits to a choice, the
 * model's answer and why appear, and the prediction is saved as an attempt.
 * "Predict again" clears the verdict for another go (every try is kept).
 */
export function PredictionPrompt({
  id,
  scenarios,
  scenario,
}: {
  id: string;
  scenarios: PredictionScenarios;
  scenario: string;
}) {
  const spec = scenarios[scenario];
  const prediction = usePrediction(id, scenarios);
  const [draft, setDraft] = useState<string | null>(null);
  const [again, setAgain] = useState(false);
  if (!spec) return null;

  const saved = again ? null : prediction.latest(scenario);
  const result = saved ? scorePrediction(scenarios, saved) : null;
  const chosen = saved?.choice ?? draft;
  const name = `predict-${id}-${scenario}`;
  return (
    <fieldset className="rounded-md border border-border bg-surface p-4" data-prediction={scenario}>
      <legend className="px-1 text-sm font-semibold">Predict: {spec.question}</legend>
      <div className="mt-2 flex flex-col gap-2">
        {spec.options.map((option) => (
          <label
            key={option.id}
            className={cn(
              "flex cursor-pointer items-start gap-3 rounded-md border bg-bg p-2",
              saved && option.id === spec.answer
                ? "border-success"
                : saved && option.id === chosen
                  ? "border-danger"
                  : "border-border",
            )}
          >
            <input
              type="radio"
              name={name}
              className="mt-1 size-4 shrink-0"
              checked={chosen === option.id}
              disabled={Boolean(saved)}
              onChange={() => setDraft(option.id)}
            />
            <span>
              {option.label}
              {saved && option.id === spec.answer ? <strong className="ml-2 text-success">(the model)</strong> : null}
            </span>
          </label>
        ))}
      </div>
      <div className="mt-3 flex flex-wrap gap-3">
        {saved ? (
          <Button
            variant="secondary"
            onClick={() => {
              setDraft(null);
              setAgain(true);
            }}
          >
            Predict again
          </Button>
        ) : (
          <Button
            disabled={draft === null}
            onClick={() => {
              if (draft === null) return;
              prediction.predict({ scenario, choice: draft });
              setAgain(false);
            }}
          >
            Check prediction
          </Button>
        )}
      </div>
      <ResultLine result={result} />
      {saved ? <p className="mt-2 text-sm text-muted">{spec.why}</p> : null}
    </fieldset>
  );
}

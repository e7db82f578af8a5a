"use client";

import { useState } from "react";
import { OptionKey, ResultLine } from "@/components/lessons/blocks/exercise-frame";
import { onExerciseKey } from "@/components/lessons/blocks/exercise-keys";
import { useExercise } from "@/components/lessons/progress/lesson-context";
import { useLearnerSeed } from "@/components/lessons/progress/use-learner-seed";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import {
  asPredictionAnswer,
  scorePrediction,
  type PredictionAnswer,
  type PredictionScenarios,
} from "@/lib/lessons/blocks/prediction";
import { dealOrder, inOrder } from "@/lib/lessons/blocks/shuffle";

/** A simulator's saved predictions: the last one per scenario, and a way to make one. */
export function usePrediction(id: string, scenarios: PredictionScenarios) {
  const { attempts, record } = useExercise(id);
  const tries = (scenario: string) =>
    attempts.map((attempt) => asPredictionAnswer(attempt.answer)).filter((answer) => answer?.scenario === scenario);
  const latest = (scenario: string): PredictionAnswer | null => tries(scenario).at(-1) ?? null;
  return {
    latest,
    /** How many predictions the learner has made in this scenario. */
    count: (scenario: string) => tries(scenario).length,
    answered: (scenario: string) => latest(scenario) !== null,
    predict: (answer: PredictionAnswer) => record(answer, scorePrediction(scenarios, answer)),
  };
}

/**
 * "Predict, then see" for one scenario: the learner commits to a choice, the
 * model's answer and why appear, and the prediction is saved as an attempt.
 * "Predict again" clears the verdict for another go (every try is kept).
 * The choices are dealt per learner and per try, like a quiz's options, so the
 * right one is never found by its place.
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
  const learner = useLearnerSeed();
  const [draft, setDraft] = useState<string | null>(null);
  const [again, setAgain] = useState(false);
  if (!spec) return null;

  const saved = again ? null : prediction.latest(scenario);
  const result = saved ? scorePrediction(scenarios, saved) : null;
  const chosen = saved?.choice ?? draft;
  const name = `predict-${id}-${scenario}`;
  // The try on screen: the last one while its verdict shows, else the next.
  const tries = prediction.count(scenario);
  const round = saved ? tries - 1 : tries;
  const options = inOrder(spec.options, dealOrder(spec.options.length, { learner, block: `${id}/${scenario}`, round }));
  return (
    <fieldset
      className="rounded-md border border-border bg-surface p-4"
      data-prediction={scenario}
      onKeyDown={onExerciseKey}
      tabIndex={-1}
    >
      {/* Floated, the legend sits inside the box instead of breaking its border, however many lines it takes. */}
      <legend className="float-left mb-2 w-full text-sm font-semibold">Predict: {spec.question}</legend>
      <div className="clear-left flex flex-col gap-2">
        {options.map((option, place) => (
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
            <OptionKey index={place} />
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
            data-submit
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
      <ResultLine result={result} exercise={{ block: id, unit: scenario }} />
      {saved ? <p className="mt-2 text-sm text-muted">{spec.why}</p> : null}
    </fieldset>
  );
}

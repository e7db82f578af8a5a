"use client";

import { useEffect, useRef, useState } from "react";
import { ExerciseFrame, OptionKey, ResultLine } from "@/components/lessons/blocks/exercise-frame";
import { useExercise } from "@/components/lessons/progress/lesson-context";
import { useLearnerSeed } from "@/components/lessons/progress/use-learner-seed";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import {
  asStepRevealAnswer,
  scoreStepReveal,
  stepRevealAnswerProblem,
  type StepPrediction,
  type StepRevealProps,
} from "@/lib/lessons/blocks/step-reveal";
import { dealOrder } from "@/lib/lessons/blocks/shuffle";

/** What the learner predicted before a step, and whether it was right. */
function PredictionVerdict({ predict, chosen }: { predict: StepPrediction; chosen: number }) {
  const right = chosen === predict.answer;
  return (
    <div className={cn("mb-2 rounded-md border bg-surface p-3 text-sm", right ? "border-success" : "border-danger")}>
      <p className="font-medium">{predict.question}</p>
      <p className="mt-1">
        <strong className={right ? "text-success" : "text-danger"}>
          {right ? "✓ Your prediction was right: " : "✗ You predicted: "}
        </strong>
        {predict.choices[chosen]}
        {right ? null : <span>. The answer: {predict.choices[predict.answer]}</span>}
      </p>
      <p className="mt-1 text-muted">{predict.explanation}</p>
    </div>
  );
}

/**
 * A worked example shown one step at a time. A step with a prediction asks
 * its question first; the step appears only once the learner has chosen.
 * When every step is shown, the predictions are saved as one attempt. Each
 * question's choices are dealt per learner and per try, like a quiz's options;
 * the saved predictions name the authored choices.
 */
export function StepReveal(raw: Record<string, unknown>) {
  const props = raw as StepRevealProps;
  const { attempts, record } = useExercise(props.id);
  const learner = useLearnerSeed();
  const [shown, setShown] = useState(0);
  const [predictions, setPredictions] = useState<number[]>([]);
  const [choice, setChoice] = useState<number | null>(null);
  const [retrying, setRetrying] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const panel = useRef<HTMLDivElement>(null);
  const again = useRef<HTMLButtonElement>(null);
  // Set by a reveal, so focus follows the learner (never on the first render).
  const moveFocus = useRef(false);

  const last = attempts.at(-1);
  const saved = !retrying && last ? asStepRevealAnswer(last.answer) : null;
  // A saved walkthrough that no longer fits the block (the author changed it) is not shown.
  const answer = saved && stepRevealAnswerProblem(props, saved) === null ? saved : null;
  const result = answer ? scoreStepReveal(props, answer) : null;
  const made = answer?.predictions ?? predictions;
  const visible = answer ? props.steps.length : shown;
  const total = props.steps.length;
  const next = answer ? undefined : props.steps[shown];
  const groupName = `step-reveal-${props.id}-${shown}`;

  // The index, among predictions, of the prediction made before step `index`.
  const predictionIndex = (index: number) => props.steps.slice(0, index).filter((step) => step.predict).length;

  useEffect(() => {
    if (!moveFocus.current) return;
    // The next prediction's first choice, or the enabled reveal button, or, at the end, "Try again".
    const target = panel.current?.querySelector<HTMLElement>("input, button:not(:disabled)") ?? again.current;
    if (!target) return;
    moveFocus.current = false;
    target.focus();
  });

  const reveal = () => {
    if (!next) return;
    if (next.predict && choice === null) return;
    const nextPredictions = next.predict ? [...predictions, choice!] : predictions;
    const verdict = next.predict
      ? choice === next.predict.answer
        ? "Your prediction was right. "
        : `Not quite: the answer is ${next.predict.choices[next.predict.answer]}. `
      : "";
    setPredictions(nextPredictions);
    setChoice(null);
    setShown(shown + 1);
    setAnnouncement(`${verdict}Step ${shown + 1} of ${total}: ${next.text}`);
    moveFocus.current = true;
    if (shown + 1 === total) {
      const done = { predictions: nextPredictions };
      record(done, scoreStepReveal(props, done));
      setRetrying(false);
    }
  };

  return (
    <ExerciseFrame kind="Worked example · step by step" id={props.id} title={props.title}>
      <ol className="flex flex-col gap-3">
        {props.steps.slice(0, visible).map((step, index) => (
          <li key={index} className="rounded-md border border-border bg-bg p-3">
            <p className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">
              Step {index + 1} of {total}
            </p>
            {step.predict && made[predictionIndex(index)] !== undefined ? (
              <PredictionVerdict predict={step.predict} chosen={made[predictionIndex(index)]!} />
            ) : null}
            <p className="whitespace-pre-line">{step.text}</p>
          </li>
        ))}
      </ol>
      {next ? (
        <div
          ref={panel}
          className={cn("rounded-md border border-dashed border-border p-3", visible > 0 ? "mt-3" : null)}
        >
          {next.predict ? (
            <fieldset>
              <legend className="mb-2 font-medium">
                Before step {shown + 1}, predict: {next.predict.question}
              </legend>
              <div className="flex flex-col gap-2">
                {dealOrder(next.predict.choices.length, {
                  learner,
                  block: `${props.id}/${shown}`,
                  round: attempts.length,
                }).map((index, place) => (
                  <label
                    key={index}
                    className="flex cursor-pointer items-start gap-3 rounded-md border border-border bg-bg p-2"
                  >
                    <input
                      type="radio"
                      name={groupName}
                      className="mt-1 size-4 shrink-0"
                      checked={choice === index}
                      onChange={() => setChoice(index)}
                    />
                    <OptionKey index={place} />
                    <span>{next.predict?.choices[index]}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ) : null}
          <div className={next.predict ? "mt-3" : undefined}>
            <Button onClick={reveal} disabled={Boolean(next.predict) && choice === null} data-submit>
              {next.predict ? `Check prediction and show step ${shown + 1}` : `Show step ${shown + 1} of ${total}`}
            </Button>
          </div>
        </div>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {answer ? (
        <div className="mt-4 flex flex-wrap gap-3">
          <Button
            ref={again}
            variant="secondary"
            onClick={() => {
              setShown(0);
              setPredictions([]);
              setChoice(null);
              setAnnouncement("");
              setRetrying(true);
            }}
          >
            Try again
          </Button>
        </div>
      ) : null}
      <ResultLine result={result} exercise={{ block: props.id }} />
    </ExerciseFrame>
  );
}

"use client";

import { useState } from "react";
import { ExerciseFrame, OptionKey, ResultLine } from "@/components/lessons/blocks/exercise-frame";
import { useExercise } from "@/components/lessons/progress/lesson-context";
import { useLearnerSeed } from "@/components/lessons/progress/use-learner-seed";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { asQuizAnswer, quizDefaults, scoreQuiz } from "@/lib/lessons/blocks/quiz";
import { dealOrder } from "@/lib/lessons/blocks/shuffle";

/**
 * Single or multiple choice. The learner commits first; only then does every
 * option show whether it was right and why. Options are dealt in an order of
 * the learner's own, new for each try; answers store the authored indexes.
 */
export function Quiz(raw: Record<string, unknown>) {
  const quiz = quizDefaults(raw);
  const { attempts, record } = useExercise(quiz.id);
  const learner = useLearnerSeed();
  const [draft, setDraft] = useState<number[]>([]);
  const [retrying, setRetrying] = useState(false);

  const last = attempts.at(-1);
  const answer = !retrying && last ? asQuizAnswer(last.answer) : null;
  const result = answer ? scoreQuiz(quiz, answer) : null;
  const chosen = answer?.selected ?? draft;
  // The try on screen: the last one while its verdict shows, else the next.
  const round = answer ? attempts.length - 1 : attempts.length;
  const order = dealOrder(quiz.options.length, { learner, block: quiz.id, round });

  const toggle = (index: number) =>
    setDraft((current) =>
      quiz.multiple
        ? current.includes(index)
          ? current.filter((i) => i !== index)
          : [...current, index].sort()
        : [index],
    );

  const commit = () => {
    const next = { selected: draft };
    record(next, scoreQuiz(quiz, next));
    setRetrying(false);
  };

  return (
    <ExerciseFrame kind={quiz.multiple ? "Quiz · choose all that apply" : "Quiz"} id={quiz.id} title={quiz.question}>
      <fieldset>
        <legend className="sr-only">{quiz.question}</legend>
        <ul className="flex flex-col gap-2">
          {order.map((index, place) => {
            const option = quiz.options[index]!;
            const picked = chosen.includes(index);
            return (
              <li
                key={index}
                className={cn(
                  "rounded-md border bg-bg p-3",
                  answer && option.correct ? "border-success" : answer && picked ? "border-danger" : "border-border",
                )}
              >
                <label className="flex cursor-pointer items-start gap-3">
                  <input
                    type={quiz.multiple ? "checkbox" : "radio"}
                    name={`quiz-${quiz.id}`}
                    className="mt-1 size-4 shrink-0"
                    checked={picked}
                    disabled={Boolean(answer)}
                    onChange={() => toggle(index)}
                  />
                  <OptionKey index={place} />
                  <span>{option.text}</span>
                </label>
                {answer ? (
                  <p className="mt-2 pl-7 text-sm text-muted">
                    <strong className={option.correct ? "text-success" : "text-danger"}>
                      {option.correct ? "Right option. " : "Wrong option. "}
                    </strong>
                    {picked ? "You chose this. " : null}
                    {option.explanation}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="mt-4 flex flex-wrap gap-3">
        {answer ? (
          <Button
            variant="secondary"
            onClick={() => {
              setDraft([]);
              setRetrying(true);
            }}
          >
            Try again
          </Button>
        ) : (
          <Button onClick={commit} disabled={draft.length === 0} data-submit>
            Check answer
          </Button>
        )}
      </div>
      <ResultLine result={result} exercise={{ block: quiz.id }} />
    </ExerciseFrame>
  );
}

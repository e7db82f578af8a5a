"use client";

import { useId, useState, type ReactNode } from "react";
import { ExerciseFrame } from "@/components/lessons/blocks/exercise-frame";
import { useExercise } from "@/components/lessons/progress/lesson-context";
import { Button } from "@/components/ui/button";
import { asRevealAnswer, REVEAL_MAX_LENGTH, scoreReveal, type RevealProps } from "@/lib/lessons/blocks/reveal";

/** "Try first, then compare": the model answer stays hidden until the learner has written their own. */
export function Reveal({ children, ...raw }: Record<string, unknown> & { children?: ReactNode }) {
  const props = raw as RevealProps;
  const { attempts, record } = useExercise(props.id);
  const [text, setText] = useState("");
  const [retrying, setRetrying] = useState(false);
  const fieldId = useId();

  const last = attempts.at(-1);
  const answer = !retrying && last ? asRevealAnswer(last.answer) : null;

  return (
    <ExerciseFrame kind="Try first, then compare" id={props.id} title={props.prompt}>
      {answer ? (
        <div className="grid gap-4 md:grid-cols-2">
          <div>
            <p className="mb-1 text-sm font-semibold">Your answer</p>
            <p className="rounded-md border border-border bg-bg p-3 text-sm whitespace-pre-wrap">{answer.text}</p>
          </div>
          <div aria-live="polite">
            <p className="mb-1 text-sm font-semibold">Our answer</p>
            <div className="block-content rounded-md border border-accent bg-bg p-3 text-sm">{children}</div>
          </div>
          <div>
            <Button
              variant="secondary"
              onClick={() => {
                setText(answer.text);
                setRetrying(true);
              }}
            >
              Revise my answer
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-col gap-3">
          <label htmlFor={fieldId} className="text-sm font-medium">
            Write your answer before you compare
          </label>
          <textarea
            id={fieldId}
            rows={4}
            maxLength={REVEAL_MAX_LENGTH}
            value={text}
            onChange={(event) => setText(event.target.value)}
            className="rounded-md border border-border bg-bg p-3"
          />
          <div>
            <Button
              disabled={text.trim() === ""}
              onClick={() => {
                record({ text: text.trim() }, scoreReveal());
                setRetrying(false);
              }}
            >
              {props.label ?? "Compare with our answer"}
            </Button>
          </div>
        </div>
      )}
    </ExerciseFrame>
  );
}

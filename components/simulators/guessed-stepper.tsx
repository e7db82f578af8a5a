"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";

/** One thing to guess before the next step: a policy's eviction, a limiter's verdict. */
export type GuessLane = {
  id: string;
  /** Its short name in the verdict ("LRU", "Token"). */
  name: string;
  legend: string;
  options: readonly { id: string; label: string }[];
  /** The option the model gives for this step. */
  answer: string;
  /** What the model did, for the verdict ("it evicts A", "3 of 10 pass"). */
  result: string;
};

/** Where a stepped run is: how many steps are shown, and the learner's guesses and score. */
export function useGuessedStepper() {
  const [shown, setShown] = useState(0);
  const [ask, setAsk] = useState(true);
  const [guesses, setGuesses] = useState<Record<string, string>>({});
  const [verdict, setVerdict] = useState<string | null>(null);
  const [tally, setTally] = useState({ right: 0, total: 0 });
  const forget = () => {
    setGuesses({});
    setVerdict(null);
  };
  return {
    shown,
    ask,
    setAsk,
    guesses,
    verdict,
    tally,
    guess: (lane: string, option: string) => setGuesses((current) => ({ ...current, [lane]: option })),
    /** Drop the guesses in hand, e.g. when a setting changes under them. */
    forget,
    restart: () => {
      setShown(0);
      forget();
    },
    showAll: (total: number) => {
      setShown(total);
      setVerdict(null);
    },
    /** Play one step; when `lanes` were guessed, score them and say how each went. */
    advance: (label: string, lanes: readonly GuessLane[]) => {
      if (lanes.length > 0) {
        const right = lanes.filter((lane) => guesses[lane.id] === lane.answer);
        setTally((current) => ({ right: current.right + right.length, total: current.total + lanes.length }));
        const parts = lanes.map(
          (lane) => `${lane.name}: ${right.includes(lane) ? "right" : "not quite"}, ${lane.result}`,
        );
        setVerdict(`${label}: ${parts.join("; ")}.`);
      } else {
        setVerdict(null);
      }
      setGuesses({});
      setShown((current) => current + 1);
    },
  };
}

/**
 * The controls of a run played step by step, shared by the labs that step
 * (cache eviction, rate limiters): whether to guess first, what comes next,
 * one radio group per lane to guess, play / play all / start again, and the
 * verdict with a running score. With nothing to guess it simply plays on.
 */
export function GuessedStepper({
  stepper,
  total,
  status,
  lanes,
  askLabel,
  noun,
  verdictLabel,
  monospace = false,
}: {
  stepper: ReturnType<typeof useGuessedStepper>;
  total: number;
  /** What the next step is, or that all were played. */
  status: string;
  /** The lanes to guess before the next step (empty when that step asks nothing). */
  lanes: readonly GuessLane[];
  askLabel: string;
  /** "request", "instant". */
  noun: string;
  /** How the verdict names the step being played ("Request 4 (A)"). */
  verdictLabel: string;
  monospace?: boolean;
}) {
  const uid = useId();
  const done = stepper.shown >= total;
  const asked = stepper.ask && !done ? lanes : [];
  const step = () => stepper.advance(verdictLabel, asked);
  return (
    <>
      <label className="flex min-h-10 items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4"
          checked={stepper.ask}
          onChange={(event) => stepper.setAsk(event.target.checked)}
        />
        {askLabel}
      </label>
      <p className="text-sm" aria-live="polite">
        {status}
      </p>
      {asked.length > 0 ? (
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {asked.map((lane) => (
            <fieldset key={lane.id} className="rounded-md border border-border p-3">
              <legend className="px-1 text-sm font-semibold">{lane.legend}</legend>
              <div className="flex flex-wrap gap-x-4">
                {lane.options.map((option) => (
                  <label
                    key={option.id}
                    className={cn("flex min-h-10 items-center gap-2 text-sm", monospace && "font-mono")}
                  >
                    <input
                      type="radio"
                      className="size-4"
                      name={`${uid}-${lane.id}-${stepper.shown}`}
                      checked={stepper.guesses[lane.id] === option.id}
                      onChange={() => stepper.guess(lane.id, option.id)}
                    />
                    {option.label}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button onClick={step} disabled={done || asked.some((lane) => !stepper.guesses[lane.id])}>
          {asked.length > 0 ? `Check and play the ${noun}` : `Play the next ${noun}`}
        </Button>
        <Button variant="secondary" onClick={() => stepper.showAll(total)} disabled={done}>
          Play all
        </Button>
        <Button variant="secondary" onClick={stepper.restart} disabled={stepper.shown === 0}>
          Start again
        </Button>
      </div>
      <div aria-live="polite">
        {stepper.verdict ? (
          <p className="rounded-md bg-surface px-3 py-2 text-sm">
            {stepper.verdict} ({stepper.tally.right} of {stepper.tally.total} guesses right so far.)
          </p>
        ) : null}
      </div>
    </>
  );
}

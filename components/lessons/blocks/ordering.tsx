"use client";

import { useState, type ReactNode } from "react";
import { ExerciseFrame, ResultLine } from "@/components/lessons/blocks/exercise-frame";
import { useExercise } from "@/components/lessons/progress/lesson-context";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import {
  asOrderingAnswer,
  sameGroup,
  scoreOrdering,
  startingOrder,
  type OrderingProps,
} from "@/lib/lessons/blocks/ordering";

/** "at 3", or "at 2 or 3" / "at 2–4" for a step that shares its group with others. */
function rightPlaces(props: OrderingProps, itemIndex: number): string {
  const places = props.items.flatMap((_, index) => (sameGroup(props, itemIndex, index) ? [index + 1] : []));
  if (places.length === 1) return `${places[0]}`;
  return places.length === 2 ? `${places[0]} or ${places[1]}` : `${places[0]}–${places.at(-1)}`;
}

/**
 * Put steps in order with Move up / Move down buttons (keyboard and screen-reader friendly), then check.
 * With `groups`, steps of one group may come in any order among themselves; after checking they are marked ⇅.
 */
export function Ordering({ children, ...raw }: Record<string, unknown> & { children?: ReactNode }) {
  const props = raw as OrderingProps;
  const { attempts, record } = useExercise(props.id);
  const [draft, setDraft] = useState(() => startingOrder(props));
  const [retrying, setRetrying] = useState(false);
  const [announcement, setAnnouncement] = useState("");

  const last = attempts.at(-1);
  const answer = !retrying && last ? asOrderingAnswer(last.answer) : null;
  const result = answer ? scoreOrdering(props, answer) : null;
  const order = answer?.order ?? draft;

  const move = (position: number, delta: -1 | 1) => {
    const target = position + delta;
    if (target < 0 || target >= draft.length) return;
    const next = [...draft];
    [next[position], next[target]] = [next[target]!, next[position]!];
    setDraft(next);
    setAnnouncement(`"${props.items[next[target]!]}" moved to position ${target + 1} of ${next.length}.`);
  };

  const swappable = (itemIndex: number) =>
    props.items.flatMap((other, index) => (index !== itemIndex && sameGroup(props, itemIndex, index) ? [other] : []));
  const grouped = props.groups !== undefined;

  return (
    <ExerciseFrame kind="Put in order" id={props.id} title={props.prompt}>
      {grouped ? (
        <p className="mb-3 text-sm text-muted">
          {answer
            ? "Steps marked ⇅ may come in either order among themselves."
            : "Some of these steps may come in either order among themselves: any such order counts as right."}
        </p>
      ) : null}
      <ol className="flex flex-col gap-2">
        {order.map((itemIndex, position) => {
          const label = props.items[itemIndex]!;
          const inPlace = answer ? sameGroup(props, itemIndex, position) : false;
          const peers = answer ? swappable(itemIndex) : [];
          return (
            <li
              key={itemIndex}
              className={cn(
                "flex items-center gap-3 rounded-md border bg-bg p-2 pl-3",
                answer ? (inPlace ? "border-success" : "border-danger") : "border-border",
              )}
            >
              <span className="w-6 shrink-0 text-right font-mono text-sm text-muted" aria-hidden="true">
                {position + 1}.
              </span>
              <span className="flex-1">
                {label}
                {peers.length > 0 ? (
                  <span className="ml-2 text-sm text-muted">
                    <span aria-hidden="true">⇅</span>
                    <span className="sr-only">(may come in either order with {peers.join(", ")})</span>
                  </span>
                ) : null}
                {answer && !inPlace ? (
                  <span className="ml-2 text-sm text-muted">(belongs at {rightPlaces(props, itemIndex)})</span>
                ) : null}
              </span>
              {answer ? null : (
                <span className="flex gap-1">
                  <Button
                    variant="ghost"
                    className="min-h-9 px-2"
                    aria-label={`Move "${label}" up`}
                    disabled={position === 0}
                    onClick={() => move(position, -1)}
                  >
                    ↑
                  </Button>
                  <Button
                    variant="ghost"
                    className="min-h-9 px-2"
                    aria-label={`Move "${label}" down`}
                    disabled={position === order.length - 1}
                    onClick={() => move(position, 1)}
                  >
                    ↓
                  </Button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        {answer ? (
          <Button
            variant="secondary"
            onClick={() => {
              setDraft(startingOrder(props));
              setRetrying(true);
            }}
          >
            Try again
          </Button>
        ) : (
          <Button
            data-submit
            onClick={() => {
              const next = { order: draft };
              record(next, scoreOrdering(props, next));
              setRetrying(false);
            }}
          >
            Check order
          </Button>
        )}
      </div>
      <ResultLine result={result} exercise={{ block: props.id }} />
      {answer && children ? <div className="block-content mt-3 text-sm">{children}</div> : null}
    </ExerciseFrame>
  );
}

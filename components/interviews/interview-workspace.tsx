"use client";

import { useEffect, useId, useState, type ReactNode } from "react";
import { ConflictChoice } from "@/components/autosave/conflict-choice";
import { sendSave } from "@/components/autosave/save-result";
import { SaveIndicator } from "@/components/autosave/save-indicator";
import { useVersionedAutosave } from "@/components/autosave/use-versioned-autosave";
import { writeUpClasses } from "@/components/ui/field-styles";
import { cn } from "@/lib/cn";
import { STAGES, stageBudgets, type StageId } from "@/lib/interviews/rubric";
import type { StagesState } from "@/lib/interviews/validations";

type Value = { tradeoffs: string; stages: StagesState };

const clock = (seconds: number) =>
  `${Math.floor(Math.abs(seconds) / 60)}:${String(Math.abs(seconds) % 60).padStart(2, "0")}`;

/** Seconds since the stage was first opened (0 until it is). */
function useElapsed(startedAt: string | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return startedAt ? Math.max(0, Math.floor((now - Date.parse(startedAt)) / 1000)) : 0;
}

/**
 * The mock interview's stages, each with a soft timer: running over warns,
 * it never locks anything. The editors of every stage stay mounted (hidden
 * when not current) so nothing typed is lost by switching. The write-up and
 * the stage state autosave here; the worksheet and diagram save themselves.
 */
export function InterviewWorkspace({
  interviewId,
  lengthMinutes,
  initial,
  panels,
}: {
  interviewId: string;
  lengthMinutes: number;
  initial: Value & { version: number };
  panels: Record<StageId, ReactNode>;
}) {
  const id = useId();
  const { value, setValue, status, conflict, resolveConflict } = useVersionedAutosave<Value>({
    draftKey: `tradeoff:interview-draft:${interviewId}`,
    initial: { value: { tradeoffs: initial.tradeoffs, stages: initial.stages }, version: initial.version },
    save: (next, baseVersion) =>
      sendSave<Value>(
        () =>
          fetch(`/api/interviews/${interviewId}`, {
            method: "PUT",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ baseVersion, ...next }),
          }),
        (body) => {
          const { current } = body as { current: Value & { version: number } };
          return { value: { tradeoffs: current.tradeoffs, stages: current.stages }, version: current.version };
        },
      ),
  });
  const budgets = stageBudgets(lengthMinutes);
  const current = value.stages.current;
  const elapsed = useElapsed(value.stages.startedAt[current]);
  const left = budgets[current] - elapsed;

  const open = (stage: StageId) =>
    setValue((previous) => ({
      ...previous,
      stages: {
        current: stage,
        startedAt: {
          ...previous.stages.startedAt,
          [stage]: previous.stages.startedAt[stage] ?? new Date().toISOString(),
        },
      },
    }));

  return (
    <div className="space-y-4" data-testid="interview-workspace">
      <div className="sticky top-0 z-20 -mx-4 space-y-2 border-b border-border bg-bg/95 px-4 py-2 backdrop-blur">
        <nav aria-label="Interview stages">
          <ol className="flex flex-wrap gap-1">
            {STAGES.map((stage, index) => (
              <li key={stage.id}>
                <button
                  type="button"
                  aria-current={stage.id === current ? "step" : undefined}
                  onClick={() => open(stage.id)}
                  className={cn(
                    "min-h-10 rounded-md border px-3 text-sm font-medium",
                    stage.id === current ? "border-accent bg-accent text-accent-fg" : "border-border bg-bg",
                  )}
                >
                  {index + 1}. {stage.title}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p
            role="timer"
            aria-live="off"
            className={cn("text-sm font-semibold", left < 0 ? "text-danger" : "")}
            data-testid="stage-timer"
          >
            {left >= 0
              ? `${clock(left)} left for ${STAGES.find((stage) => stage.id === current)!.title.toLowerCase()}`
              : `${clock(left)} over the ${Math.round(budgets[current] / 60)} minutes planned: wrap this stage up and move on`}
          </p>
          <SaveIndicator status={status} />
        </div>
      </div>
      {conflict ? <ConflictChoice what="interview" onKeep={resolveConflict} /> : null}

      {STAGES.map((stage) => (
        <section key={stage.id} hidden={stage.id !== current} aria-label={stage.title} data-stage={stage.id}>
          {panels[stage.id]}
          {stage.id === "deep-dive" || stage.id === "wrap-up" ? (
            <label className="mt-6 block space-y-1">
              <span className="text-lg font-semibold">Trade-offs</span>
              <span className="block text-sm text-muted">
                One paragraph per decision: because …, instead of …, the trade-off is …. Separate paragraphs with a
                blank line.
              </span>
              <textarea
                id={`${id}-${stage.id}-tradeoffs`}
                className={writeUpClasses}
                value={value.tradeoffs}
                maxLength={20_000}
                onChange={(event) => setValue((previous) => ({ ...previous, tradeoffs: event.target.value }))}
              />
            </label>
          ) : null}
        </section>
      ))}
    </div>
  );
}

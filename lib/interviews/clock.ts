import { STAGES, stageBudgets, type StageId } from "@/lib/interviews/rubric";
import type { StagesState } from "@/lib/interviews/validations";

export type InterviewClock = {
  /** Seconds since the interview started, frozen at the first submission. */
  elapsed: number;
  /** The interview's whole length in seconds. */
  total: number;
  /** True once the answer is submitted: nothing counts any more. */
  stopped: boolean;
  /** While running: seconds left in the current stage's budget (negative once over). */
  stageLeft: number | null;
};

const seconds = (from: string | undefined, to: number) =>
  from ? Math.max(0, Math.floor((to - Date.parse(from)) / 1000)) : 0;

/**
 * The mock interview's clock at `now`. It runs from the moment the first stage
 * opened and stops at the first submission, for good: a later visit, or a
 * later iteration, shows the time the candidate actually took.
 */
export function interviewClock(
  stages: StagesState,
  lengthMinutes: number,
  submittedAt: string | null,
  now: number,
): InterviewClock {
  const started = stages.startedAt.scoping ?? STAGES.map((stage) => stages.startedAt[stage.id]).find(Boolean);
  const total = lengthMinutes * 60;
  if (submittedAt) return { elapsed: seconds(started, Date.parse(submittedAt)), total, stopped: true, stageLeft: null };
  const budget = stageBudgets(lengthMinutes)[stages.current];
  return {
    elapsed: seconds(started, now),
    total,
    stopped: false,
    stageLeft: budget - seconds(stages.startedAt[stages.current], now),
  };
}

/** 754 → "12:34"; negative values count the same way (the sign is shown by the words around it). */
export function formatClock(value: number): string {
  const whole = Math.abs(Math.trunc(value));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

export const stageTitle = (id: StageId) => STAGES.find((stage) => stage.id === id)!.title;

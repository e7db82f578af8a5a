"use client";

import { useEffect, useState } from "react";
import { cn } from "@/lib/cn";
import { formatClock, interviewClock, stageTitle } from "@/lib/interviews/clock";
import { stageBudgets } from "@/lib/interviews/rubric";
import type { StagesState } from "@/lib/interviews/validations";

/**
 * Elapsed of total for the whole interview, and what is left of the current
 * stage. Running over warns; nothing locks. Once submitted it shows the time
 * taken and stops ticking.
 */
export function InterviewClockBar({
  stages,
  lengthMinutes,
  submittedAt,
}: {
  stages: StagesState;
  lengthMinutes: number;
  submittedAt: string | null;
}) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (submittedAt) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [submittedAt]);
  const clock = interviewClock(stages, lengthMinutes, submittedAt, now);
  const whole = `${formatClock(clock.elapsed)} of ${formatClock(clock.total)}`;

  if (clock.stopped) {
    return (
      <p
        role="timer"
        aria-live="off"
        className="text-sm font-semibold"
        data-testid="interview-clock"
        data-stopped="true"
      >
        Submitted after {whole}
      </p>
    );
  }
  const left = clock.stageLeft ?? 0;
  const stage = stageTitle(stages.current).toLowerCase();
  return (
    <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
      <p role="timer" aria-live="off" className="font-semibold" data-testid="interview-clock">
        {whole}
      </p>
      <p aria-live="off" className={cn(left < 0 && "font-semibold text-danger")} data-testid="stage-timer">
        {left >= 0
          ? `${formatClock(left)} left for ${stage}`
          : `${formatClock(left)} over the ${Math.round(stageBudgets(lengthMinutes)[stages.current] / 60)} minutes planned for ${stage}: wrap it up and move on`}
      </p>
    </div>
  );
}

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
  // No "now" until the browser runs: a time rendered on the server would differ from the
  // browser's at hydration, and React would throw the server's page away.
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    if (submittedAt) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    const first = setTimeout(() => setNow(Date.now()), 0);
    return () => {
      clearInterval(timer);
      clearTimeout(first);
    };
  }, [submittedAt]);
  const total = formatClock(lengthMinutes * 60);

  if (submittedAt) {
    const clock = interviewClock(stages, lengthMinutes, submittedAt, 0);
    return (
      <p
        role="timer"
        aria-live="off"
        className="text-sm font-semibold"
        data-testid="interview-clock"
        data-stopped="true"
      >
        Submitted after {formatClock(clock.elapsed)} of {total}
      </p>
    );
  }
  const clock = now === null ? null : interviewClock(stages, lengthMinutes, null, now);
  const left = clock?.stageLeft ?? 0;
  const stage = stageTitle(stages.current).toLowerCase();
  return (
    <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
      <p role="timer" aria-live="off" className="font-semibold" data-testid="interview-clock">
        {clock ? formatClock(clock.elapsed) : "–:––"} of {total}
      </p>
      <p aria-live="off" className={cn(left < 0 && "font-semibold text-danger")} data-testid="stage-timer">
        {!clock
          ? `Timing ${stage}…`
          : left >= 0
            ? `${formatClock(left)} left for ${stage}`
            : `${formatClock(left)} over the ${Math.round(stageBudgets(lengthMinutes)[stages.current] / 60)} minutes planned for ${stage}: wrap it up and move on`}
      </p>
    </div>
  );
}

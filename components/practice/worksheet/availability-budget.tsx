"use client";

import { downtimeBudget } from "@/lib/estimation/availability";
import { formatDuration } from "@/lib/estimation/format";

const PERIODS = [
  ["year", "per year"],
  ["month", "per 30-day month"],
  ["week", "per week"],
  ["day", "per day"],
] as const;

/** The downtime an availability target allows, recomputed as the learner types. */
export function AvailabilityBudget({ percent }: { percent: string }) {
  const value = Number(percent.trim().replace(/%$/, ""));
  const valid = percent.trim() !== "" && Number.isFinite(value) && value > 0 && value < 100;
  return (
    <div
      aria-live="polite"
      data-testid="downtime-budget"
      className="rounded-md border border-border bg-surface p-3 text-sm"
    >
      {valid ? (
        <>
          <p className="font-medium">Downtime budget at {value}%</p>
          <dl className="mt-1 grid grid-cols-2 gap-x-4 sm:grid-cols-4">
            {PERIODS.map(([period, label]) => (
              <div key={period}>
                <dt className="text-muted">{label}</dt>
                <dd className="font-semibold">{formatDuration(downtimeBudget(value / 100)[period])}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p className="text-muted">Type a target such as 99.9 or 99.99 to see the downtime it allows.</p>
      )}
    </div>
  );
}

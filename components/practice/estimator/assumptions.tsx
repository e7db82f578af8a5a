"use client";

import { useId } from "react";
import { ShorthandNumberField } from "@/components/ui/shorthand-number-field";
import { inputClasses } from "@/components/ui/field-styles";
import type { DraftErrors, FunnelDraft } from "@/lib/estimation/funnel-draft";
import { MONTH_CONVENTIONS, type MonthConvention } from "@/lib/estimation/month";

const FIELDS = [
  ["dau", "dau", "Daily active users", "Used by per-user features."],
  ["peakMultiplier", "peakMultiplier", "Peak ÷ average (1 or more)", "Usually 2–5; 1 means a flat load."],
  ["replication", "replication", "Copies of stored data", undefined],
  ["appServerQps", "limits.appServerQps", "One app server handles (requests/s)", undefined],
  ["dbPrimaryWriteQps", "limits.dbPrimaryWriteQps", "One database primary takes (writes/s)", undefined],
] as const;

/** The global assumptions: scale, peak, copies, horizon, the month convention and machine limits. */
export function Assumptions({
  draft,
  errors,
  onChange,
}: {
  draft: FunnelDraft;
  errors: DraftErrors;
  onChange: (patch: Partial<FunnelDraft>) => void;
}) {
  const id = useId();
  return (
    <div className="space-y-4">
      <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">Assumptions</legend>
        {FIELDS.map(([field, key, label, hint]) => (
          <ShorthandNumberField
            key={field}
            label={label}
            hint={hint}
            value={draft[field]}
            error={errors[key]}
            onChange={(value) => onChange({ [field]: value })}
          />
        ))}
        <div className="grid grid-cols-[1fr_auto] items-start gap-2">
          <ShorthandNumberField
            label="Horizon"
            value={draft.horizonValue}
            error={errors["horizon.value"]}
            onChange={(horizonValue) => onChange({ horizonValue })}
          />
          <label className="block space-y-1">
            <span className="text-sm font-medium">Horizon unit</span>
            <select
              className={inputClasses}
              value={draft.horizonUnit}
              onChange={(event) => onChange({ horizonUnit: event.target.value as FunnelDraft["horizonUnit"] })}
            >
              <option value="months">months</option>
              <option value="years">years</option>
            </select>
          </label>
        </div>
      </fieldset>
      <fieldset className="space-y-2" aria-describedby={`${id}-month`}>
        <legend className="text-sm font-semibold">What a month is in this estimate</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {(Object.keys(MONTH_CONVENTIONS) as MonthConvention[]).map((convention) => (
            <label key={convention} className="flex min-h-10 items-center gap-2">
              <input
                type="radio"
                name={`${id}-month`}
                value={convention}
                checked={draft.month === convention}
                onChange={() => onChange({ month: convention })}
              />
              {MONTH_CONVENTIONS[convention].label}
            </label>
          ))}
        </div>
        <p id={`${id}-month`} className="text-sm text-muted" data-testid="month-convention">
          {MONTH_CONVENTIONS[draft.month].explanation} Every monthly rate, monthly figure and horizon uses it.
        </p>
      </fieldset>
    </div>
  );
}

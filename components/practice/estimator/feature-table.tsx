"use client";

import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import type { DraftErrors, FeatureDraft } from "@/lib/estimation/funnel-draft";
import { newItemId } from "@/lib/ids";

const NUMBER_FIELDS = [
  ["sharePercent", "share", "Share of DAU (%)"],
  ["rateValue", "rate.value", "Rate"],
  ["requestBytes", "requestBytes", "Request (bytes)"],
  ["responseBytes", "responseBytes", "Response (bytes)"],
  ["storedBytes", "storedBytes", "Stored per write (bytes)"],
] as const;

/** The features of the funnel, one card each: what users do, how often, and how many bytes it moves. */
export function FeatureTable({
  features,
  errors,
  onChange,
}: {
  features: FeatureDraft[];
  errors: DraftErrors;
  onChange: (features: FeatureDraft[]) => void;
}) {
  const update = (index: number, patch: Partial<FeatureDraft>) =>
    onChange(features.map((feature, at) => (at === index ? { ...feature, ...patch } : feature)));

  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">Features</legend>
      <p className="text-sm text-muted">
        Split reads from writes. A rate is either so many times a day per user, or once every so many seconds while the
        user is active (a driver&apos;s app sending its location every 4 s).
      </p>
      <ul className="space-y-3">
        {features.map((feature, index) => {
          const error = (key: string) => errors[`features.${index}.${key}`];
          const number = `feature ${index + 1}`;
          return (
            <li key={feature.id} className="rounded-md border border-border p-3" data-testid="feature">
              <div className="grid gap-2 sm:grid-cols-[1fr_8rem_auto]">
                <label className="space-y-1">
                  <span className="text-sm font-medium">Name of {number}</span>
                  <input
                    className={inputClasses}
                    value={feature.name}
                    maxLength={80}
                    aria-invalid={Boolean(error("name")) || undefined}
                    onChange={(event) => update(index, { name: event.target.value })}
                  />
                  {error("name") ? <span className="text-sm text-danger">{error("name")}</span> : null}
                </label>
                <label className="space-y-1">
                  <span className="text-sm font-medium">Read or write</span>
                  <select
                    className={inputClasses}
                    value={feature.kind}
                    onChange={(event) => update(index, { kind: event.target.value as FeatureDraft["kind"] })}
                  >
                    <option value="read">Read</option>
                    <option value="write">Write</option>
                  </select>
                </label>
                <div className="flex items-end">
                  <Button
                    variant="ghost"
                    disabled={features.length === 1}
                    aria-label={`Remove ${feature.name || number}`}
                    onClick={() => onChange(features.filter((_, at) => at !== index))}
                  >
                    Remove
                  </Button>
                </div>
              </div>
              <div className="mt-2 grid gap-2 sm:grid-cols-3">
                <label className="space-y-1">
                  <span className="text-sm font-medium">Rate unit</span>
                  <select
                    className={inputClasses}
                    value={feature.rateUnit}
                    onChange={(event) => update(index, { rateUnit: event.target.value as FeatureDraft["rateUnit"] })}
                  >
                    <option value="per-day">times per day</option>
                    <option value="every-seconds">once every N seconds</option>
                  </select>
                </label>
                {NUMBER_FIELDS.map(([field, key, label]) => (
                  <label key={field} className="space-y-1">
                    <span className="text-sm font-medium">{label}</span>
                    <input
                      className={inputClasses}
                      inputMode="decimal"
                      value={feature[field]}
                      aria-invalid={Boolean(error(key)) || undefined}
                      onChange={(event) => update(index, { [field]: event.target.value })}
                    />
                    {error(key) ? <span className="text-sm text-danger">{error(key)}</span> : null}
                  </label>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
      {errors.features ? <p className="text-sm text-danger">{errors.features}</p> : null}
      <Button
        variant="secondary"
        disabled={features.length >= 20}
        onClick={() =>
          onChange([
            ...features,
            {
              id: newItemId(),
              name: "",
              kind: "read",
              sharePercent: "100",
              rateUnit: "per-day",
              rateValue: "10",
              requestBytes: "0",
              responseBytes: "1000",
              storedBytes: "0",
            },
          ])
        }
      >
        Add a feature
      </Button>
    </fieldset>
  );
}

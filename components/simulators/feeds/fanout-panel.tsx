"use client";

import { useId, useState } from "react";
import { FanoutResults } from "@/components/simulators/feeds/fanout-results";
import { Button } from "@/components/ui/button";
import { ShorthandNumberField } from "@/components/ui/shorthand-number-field";
import { formatInputNumber, NOT_A_NUMBER, parseNumber } from "@/lib/estimation/parse-number";
import { compareStrategies, describeThreshold, feedModelProblem, type FeedModel } from "@/lib/feeds/fanout";
import { FEED_PRESET, THRESHOLDS, WORKED_THRESHOLD } from "@/lib/feeds/scenarios";

type TierField = "accounts" | "followers" | "postsPerDay";
const TIER_FIELDS: readonly { field: TierField; label: string }[] = [
  { field: "accounts", label: "Accounts" },
  { field: "followers", label: "Followers each" },
  { field: "postsPerDay", label: "Posts each a day" },
];

/** The preset as the fields show it: grouped text, one string per number. */
function presetText() {
  return {
    tiers: FEED_PRESET.tiers.map((tier) => ({
      accounts: formatInputNumber(tier.accounts),
      followers: formatInputNumber(tier.followers),
      postsPerDay: formatInputNumber(tier.postsPerDay),
    })),
    loads: formatInputNumber(FEED_PRESET.timelineLoadsPerSecond),
  };
}

/** A field's error: not a number, or a negative one. */
const fieldError = (text: string) => {
  const value = parseNumber(text);
  if (value === null) return NOT_A_NUMBER;
  return value < 0 ? "Enter 0 or more." : undefined;
};

/** The calculator: the tiers, the load and the threshold as inputs; the three strategies' costs as outputs. */
export function FanoutPanel() {
  const sliderId = useId();
  const [text, setText] = useState(presetText);
  const [step, setStep] = useState<number>(THRESHOLDS.indexOf(WORKED_THRESHOLD));
  const threshold = THRESHOLDS[step]!;

  const model: FeedModel = {
    tiers: FEED_PRESET.tiers.map((tier, index) => ({
      name: tier.name,
      accounts: parseNumber(text.tiers[index]!.accounts) ?? Number.NaN,
      followers: parseNumber(text.tiers[index]!.followers) ?? Number.NaN,
      postsPerDay: parseNumber(text.tiers[index]!.postsPerDay) ?? Number.NaN,
    })),
    timelineLoadsPerSecond: parseNumber(text.loads) ?? Number.NaN,
  };
  const problem = feedModelProblem(model);
  const setTier = (index: number, field: TierField, value: string) =>
    setText((current) => ({
      ...current,
      tiers: current.tiers.map((tier, i) => (i === index ? { ...tier, [field]: value } : tier)),
    }));

  return (
    <div className="space-y-4 rounded-md border border-border p-4">
      <div className="grid gap-3 md:grid-cols-3">
        {FEED_PRESET.tiers.map((tier, index) => (
          <fieldset key={tier.name} className="space-y-2 rounded-md border border-border p-3">
            <legend className="px-1 text-sm font-semibold">{tier.name}</legend>
            {TIER_FIELDS.map(({ field, label }) => (
              <ShorthandNumberField
                key={field}
                label={`${tier.name}: ${label.toLowerCase()}`}
                value={text.tiers[index]![field]}
                error={fieldError(text.tiers[index]![field])}
                onChange={(value) => setTier(index, field, value)}
              />
            ))}
          </fieldset>
        ))}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <ShorthandNumberField
          label="Home-timeline loads a second"
          value={text.loads}
          error={fieldError(text.loads)}
          onChange={(value) => setText((current) => ({ ...current, loads: value }))}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={sliderId} className="text-sm font-medium">
            Hybrid threshold
          </label>
          <input
            id={sliderId}
            type="range"
            className="block w-full"
            min={0}
            max={THRESHOLDS.length - 1}
            step={1}
            value={step}
            aria-valuetext={describeThreshold(threshold)}
            onChange={(event) => setStep(Number(event.target.value))}
          />
          <p className="text-sm">Accounts with {describeThreshold(threshold)}.</p>
        </div>
      </div>
      <Button
        variant="secondary"
        size="sm"
        onClick={() => {
          setText(presetText());
          setStep(THRESHOLDS.indexOf(WORKED_THRESHOLD));
        }}
      >
        Back to the preset (threshold 100,000)
      </Button>
      <div aria-live="polite">
        {problem ? (
          <p className="text-sm text-danger" role="alert">
            {problem}
          </p>
        ) : (
          <FanoutResults model={model} costs={compareStrategies(model, threshold)} />
        )}
      </div>
    </div>
  );
}

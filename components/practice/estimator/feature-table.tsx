"use client";

import { SizeFromRecord } from "@/components/practice/estimator/size-from-record";
import { ShorthandNumberField } from "@/components/ui/shorthand-number-field";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/fields";
import type { DraftErrors, FeatureDraft, RecordDraft } from "@/lib/estimation/funnel-draft";
import { newItemId } from "@/lib/ids";

const RATE_UNITS = [
  ["per-second", "times per second"],
  ["per-day", "times per day"],
  ["per-month", "times per month"],
  ["every-seconds", "once every N seconds"],
] as const;

const BLANK: Omit<FeatureDraft, "id"> = {
  name: "",
  kind: "read",
  scope: "per-user",
  sharePercent: "100",
  rateUnit: "per-day",
  rateValue: "10",
  derivedFrom: "",
  factor: "1",
  requestBytes: "0",
  responseBytes: "1,000",
  storedBytes: "0",
  storedRecordId: "",
};

/** The features of the funnel, one card each: what happens, how often (or derived from what), and the bytes it moves. */
export function FeatureTable({
  features,
  records,
  errors,
  onChange,
}: {
  features: FeatureDraft[];
  records: RecordDraft[];
  errors: DraftErrors;
  onChange: (features: FeatureDraft[]) => void;
}) {
  const update = (index: number, patch: Partial<FeatureDraft>) =>
    onChange(features.map((feature, at) => (at === index ? { ...feature, ...patch } : feature)));
  const nameOf = (feature: FeatureDraft, index: number) => feature.name || `feature ${index + 1}`;

  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">Features</legend>
      <p className="text-sm text-muted">
        Split reads from writes. State a rate per user (a share of daily users, each so many times a second, day or
        month, or once every so many seconds) or for the whole system (&ldquo;100M writes a month&rdquo;). For fan-out,
        derive a feature from another: each post delivered to 200 followers is the post&apos;s rate × 200.
      </p>
      <ul className="space-y-3">
        {features.map((feature, index) => {
          const error = (key: string) => errors[`features.${index}.${key}`];
          const number = `feature ${index + 1}`;
          const derived = feature.derivedFrom !== "";
          const source = features.find((other) => other.id === feature.derivedFrom);
          return (
            <li key={feature.id} className="space-y-2 rounded-md border border-border p-3" data-testid="feature">
              <div className="grid gap-2 sm:grid-cols-[1fr_8rem_auto]">
                <TextField
                  label={`Name of ${number}`}
                  error={error("name")}
                  value={feature.name}
                  maxLength={80}
                  onChange={(event) => update(index, { name: event.target.value })}
                />
                <SelectField
                  label="Read or write"
                  value={feature.kind}
                  onChange={(event) => update(index, { kind: event.target.value as FeatureDraft["kind"] })}
                >
                  <option value="read">Read</option>
                  <option value="write">Write</option>
                </SelectField>
                <div className="flex items-end">
                  <Button
                    variant="ghost"
                    disabled={features.length === 1}
                    aria-label={`Remove ${nameOf(feature, index)}`}
                    onClick={() =>
                      // Streams derived from the removed feature get their own rate back.
                      onChange(
                        features
                          .filter((_, at) => at !== index)
                          .map((other) => (other.derivedFrom === feature.id ? { ...other, derivedFrom: "" } : other)),
                      )
                    }
                  >
                    Remove
                  </Button>
                </div>
              </div>
              <div className="grid gap-2 sm:grid-cols-3">
                <SelectField
                  label="Rate comes from"
                  error={error("derivedFrom.featureId")}
                  value={feature.derivedFrom}
                  onChange={(event) => update(index, { derivedFrom: event.target.value })}
                >
                  <option value="">its own rate</option>
                  {features.map((other, at) =>
                    other.id === feature.id ? null : (
                      <option key={other.id} value={other.id}>
                        each {nameOf(other, at)} × a factor
                      </option>
                    ),
                  )}
                </SelectField>
                {derived ? (
                  <ShorthandNumberField
                    label={`Times per ${source?.name || "source"}`}
                    hint="Fan-out: 200 for each post delivered to 200 followers."
                    value={feature.factor}
                    error={error("derivedFrom.factor")}
                    onChange={(factor) => update(index, { factor })}
                  />
                ) : (
                  <>
                    <SelectField
                      label="Counted"
                      value={feature.scope}
                      onChange={(event) => update(index, { scope: event.target.value as FeatureDraft["scope"] })}
                    >
                      <option value="per-user">per user</option>
                      <option value="system">for the whole system</option>
                    </SelectField>
                    {feature.scope === "per-user" ? (
                      <ShorthandNumberField
                        label="Share of DAU (%)"
                        value={feature.sharePercent}
                        error={error("share")}
                        onChange={(sharePercent) => update(index, { sharePercent })}
                      />
                    ) : null}
                    <SelectField
                      label="Rate unit"
                      value={feature.rateUnit}
                      onChange={(event) => update(index, { rateUnit: event.target.value as FeatureDraft["rateUnit"] })}
                    >
                      {RATE_UNITS.map(([value, label]) => (
                        <option key={value} value={value}>
                          {label}
                        </option>
                      ))}
                    </SelectField>
                    <ShorthandNumberField
                      label="Rate"
                      value={feature.rateValue}
                      error={error("rate.value")}
                      onChange={(rateValue) => update(index, { rateValue })}
                    />
                  </>
                )}
              </div>
              <div className="grid gap-2 sm:grid-cols-3">
                <ShorthandNumberField
                  label="Request (bytes)"
                  value={feature.requestBytes}
                  error={error("requestBytes")}
                  onChange={(requestBytes) => update(index, { requestBytes })}
                />
                <ShorthandNumberField
                  label="Response (bytes)"
                  value={feature.responseBytes}
                  error={error("responseBytes")}
                  onChange={(responseBytes) => update(index, { responseBytes })}
                />
                {feature.kind === "write" ? (
                  <SizeFromRecord
                    label="Stored per write"
                    bytesLabel="Stored per write (bytes)"
                    records={records}
                    recordId={feature.storedRecordId}
                    bytes={feature.storedBytes}
                    recordError={error("storedRecordId")}
                    bytesError={error("storedBytes")}
                    onRecord={(storedRecordId) => update(index, { storedRecordId })}
                    onBytes={(storedBytes) => update(index, { storedBytes })}
                  />
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      {errors.features ? <p className="text-sm text-danger">{errors.features}</p> : null}
      <Button
        variant="secondary"
        disabled={features.length >= 20}
        onClick={() => onChange([...features, { id: newItemId(), ...BLANK }])}
      >
        Add a feature
      </Button>
    </fieldset>
  );
}

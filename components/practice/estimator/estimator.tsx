"use client";

import { useId, useMemo } from "react";
import { Assumptions } from "@/components/practice/estimator/assumptions";
import { DatasetTable } from "@/components/practice/estimator/dataset-table";
import { EstimateResults } from "@/components/practice/estimator/estimate-results";
import { FeatureTable } from "@/components/practice/estimator/feature-table";
import { RecordBuilder } from "@/components/practice/estimator/record-builder";
import { useKeptDraft } from "@/components/practice/estimator/use-kept-draft";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import type { FunnelInputs } from "@/lib/estimation/funnel";
import { fromDraft, toDraft, type FunnelDraft, type RecordDraft } from "@/lib/estimation/funnel-draft";
import { getPreset, PRESETS } from "@/lib/estimation/presets";

/** Records removed: what used their size goes back to a typed size instead of pointing at nothing. */
function withRecords(draft: FunnelDraft, records: RecordDraft[]): FunnelDraft {
  const ids = new Set(records.map((record) => record.id));
  return {
    ...draft,
    records,
    features: draft.features.map((feature) =>
      feature.storedRecordId && !ids.has(feature.storedRecordId) ? { ...feature, storedRecordId: "" } : feature,
    ),
    datasets: draft.datasets.map((dataset) =>
      dataset.recordId && !ids.has(dataset.recordId) ? { ...dataset, recordId: "" } : dataset,
    ),
  };
}

/**
 * The estimation funnel with every step shown. Starts from a preset, from a
 * worksheet's scale assumptions, from a shared link or (standalone) from what
 * this browser last had open, which it keeps so a reload loses nothing.
 */
export function Estimator({
  initial,
  initialPresetId = "ride-sharing",
  worksheet,
  draftKey,
  blind = false,
  onEdit,
}: {
  initial?: FunnelInputs;
  initialPresetId?: string;
  /** The worksheet this estimate can be attached to. */
  worksheet?: { id: string; title: string; referenceId: string | null };
  /** Where this browser keeps the form between visits (none inside lessons); also where shared links open. */
  draftKey?: string;
  /**
   * For a mock interview: no worked examples to start from and no reference
   * figures, since for a bank prompt they would be the answer; attaching stays
   * on the page.
   */
  blind?: boolean;
  /** Told the inputs whenever the learner changes them, here or in an earlier visit (null while one is invalid). */
  onEdit?: (inputs: FunnelInputs | null) => void;
}) {
  const startPreset = getPreset(initialPresetId) ?? PRESETS[0]!;
  const kept = useKeptDraft({
    initial: initial ?? startPreset.inputs,
    initialPresetId: initial ? "" : startPreset.id,
    draftKey,
    onEdit,
  });
  const { draft, presetId, change } = kept;
  const id = useId();

  const parsed = useMemo(() => fromDraft(draft), [draft]);
  const errors = parsed.ok ? {} : parsed.errors;
  const preset = getPreset(presetId);
  const reference = blind
    ? undefined
    : (preset?.reference ?? (worksheet?.referenceId ? getPreset(worksheet.referenceId)?.reference : undefined));

  return (
    <div className="space-y-8" data-testid="estimator">
      {kept.shared ? (
        <div
          className="flex flex-wrap items-center gap-3 rounded-md border-l-4 border-accent bg-accent-soft px-4 py-3"
          role="status"
          data-testid="shared-estimate"
        >
          <p className="text-sm">
            <strong>You opened a shared estimate.</strong>{" "}
            {kept.hasOwn
              ? "Your own saved estimate is kept until you change something here."
              : "Change anything and it is kept in this browser as yours."}
          </p>
          <Button variant="secondary" size="sm" onClick={kept.backToOwn}>
            {kept.hasOwn ? "Back to my own estimate" : "Leave the shared estimate"}
          </Button>
        </div>
      ) : null}
      {kept.brokenLink ? (
        <p className="rounded-md border-l-4 border-danger bg-danger-soft px-4 py-3 text-sm" role="alert">
          This shared link is damaged or incomplete, so it shows your own estimate instead. Ask for the link again.
        </p>
      ) : null}
      <section className="space-y-6" aria-labelledby={`${id}-inputs`}>
        <h2 id={`${id}-inputs`} className="sr-only">
          Inputs
        </h2>
        {blind ? null : (
          <label className="block max-w-md space-y-1">
            <span className="text-sm font-medium">Start from a worked example</span>
            <select
              className={inputClasses}
              value={presetId}
              onChange={(event) => {
                const chosen = getPreset(event.target.value);
                if (chosen) change(toDraft(chosen.inputs), chosen.id);
              }}
            >
              <option value="" disabled>
                Your own numbers
              </option>
              {PRESETS.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.title}
                </option>
              ))}
            </select>
          </label>
        )}
        {preset && !blind ? <p className="max-w-prose text-sm text-muted">{preset.description}</p> : null}

        <Assumptions draft={draft} errors={errors} onChange={(patch) => change({ ...draft, ...patch })} />
        <FeatureTable
          features={draft.features}
          records={draft.records}
          errors={errors}
          onChange={(features) => change({ ...draft, features })}
        />
        <RecordBuilder
          records={draft.records}
          replication={draft.replication}
          errors={errors}
          onChange={(records) => change(withRecords(draft, records))}
        />
        <DatasetTable
          datasets={draft.datasets}
          records={draft.records}
          errors={errors}
          onChange={(datasets) => change({ ...draft, datasets })}
        />
      </section>

      <EstimateResults
        labelId={`${id}-results`}
        inputs={parsed.ok ? parsed.inputs : null}
        reference={reference}
        blind={blind}
        worksheet={worksheet}
      />
    </div>
  );
}

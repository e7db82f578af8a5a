"use client";

import dynamic from "next/dynamic";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { AttachEstimate } from "@/components/practice/estimator/attach-estimate";
import { FeatureTable } from "@/components/practice/estimator/feature-table";
import { FunnelSteps } from "@/components/practice/estimator/funnel-steps";
import { inputClasses } from "@/components/ui/field-styles";
import { WhenVisible } from "@/components/ui/when-visible";
import { formatBitsPerSecond, formatBytes, formatBytesPerSecond, formatCount } from "@/lib/estimation/format";
import { estimateFunnel, type FunnelInputs } from "@/lib/estimation/funnel";
import { fromDraft, toDraft, type FunnelDraft } from "@/lib/estimation/funnel-draft";
import { getPreset, PRESETS } from "@/lib/estimation/presets";

const StorageChart = dynamic(() => import("@/components/practice/estimator/storage-chart"), {
  ssr: false,
  loading: () => <div className="h-56 w-full animate-pulse rounded-md bg-bg" aria-hidden="true" />,
});

const GLOBAL_FIELDS = [
  ["dau", "Daily active users"],
  ["peakMultiplier", "Peak ÷ average (2–5)"],
  ["replication", "Copies of stored data"],
  ["years", "Horizon (years)"],
  ["appServerQps", "One app server handles (requests/s)"],
  ["dbPrimaryWriteQps", "One database primary takes (writes/s)"],
] as const;

const validInputs = (draft: FunnelDraft) => {
  const checked = fromDraft(draft);
  return checked.ok ? checked.inputs : null;
};

const errorKey = (field: (typeof GLOBAL_FIELDS)[number][0]) =>
  field === "appServerQps" || field === "dbPrimaryWriteQps" ? `limits.${field}` : field;

/**
 * The estimation funnel with every step shown. Starts from a preset, from a
 * worksheet's scale assumptions, or (standalone) from what this browser
 * last had open, which it keeps so a reload loses nothing.
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
  /** Where this browser keeps the form between visits (none inside lessons). */
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
  const [presetId, setPresetId] = useState(initial ? "" : startPreset.id);
  const [draft, setDraft] = useState<FunnelDraft>(() => toDraft(initial ?? startPreset.inputs));
  const id = useId();

  // Through a ref: the draft is restored once per key, whatever the caller's callback is at the time.
  const onEditRef = useRef(onEdit);
  useEffect(() => {
    onEditRef.current = onEdit;
  }, [onEdit]);

  useEffect(() => {
    if (!draftKey) return;
    try {
      const saved = localStorage.getItem(draftKey);
      if (saved) {
        /* eslint-disable react-hooks/set-state-in-effect -- restoring browser-only state once, after hydration */
        const parsed = JSON.parse(saved) as { presetId: string; draft: FunnelDraft };
        setDraft(parsed.draft);
        setPresetId(parsed.presetId);
        /* eslint-enable react-hooks/set-state-in-effect */
        onEditRef.current?.(validInputs(parsed.draft));
      }
    } catch {
      // A corrupt or inaccessible draft: start from the preset.
    }
  }, [draftKey]);

  const change = (next: FunnelDraft, nextPreset = "") => {
    onEdit?.(validInputs(next));
    setDraft(next);
    setPresetId(nextPreset);
    if (draftKey) {
      try {
        localStorage.setItem(draftKey, JSON.stringify({ presetId: nextPreset, draft: next }));
      } catch {
        // Storage full or disabled: the estimate still works, it just is not kept.
      }
    }
  };

  const parsed = useMemo(() => fromDraft(draft), [draft]);
  const errors = parsed.ok ? {} : parsed.errors;
  const result = useMemo(() => (parsed.ok ? estimateFunnel(parsed.inputs) : null), [parsed]);
  const preset = getPreset(presetId);
  const reference = blind
    ? undefined
    : (preset?.reference ?? (worksheet?.referenceId ? getPreset(worksheet.referenceId)?.reference : undefined));

  return (
    <div className="space-y-8" data-testid="estimator">
      <section className="space-y-4" aria-labelledby={`${id}-inputs`}>
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

        <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <legend className="mb-2 text-lg font-semibold">Assumptions</legend>
          {GLOBAL_FIELDS.map(([field, label]) => {
            const error = errors[errorKey(field)];
            return (
              <label key={field} className="space-y-1">
                <span className="text-sm font-medium">{label}</span>
                <input
                  className={inputClasses}
                  inputMode="decimal"
                  value={draft[field]}
                  aria-invalid={Boolean(error) || undefined}
                  onChange={(event) => change({ ...draft, [field]: event.target.value })}
                />
                {error ? <span className="text-sm text-danger">{error}</span> : null}
              </label>
            );
          })}
        </fieldset>
        <FeatureTable
          features={draft.features}
          errors={errors}
          onChange={(features) => change({ ...draft, features })}
        />
      </section>

      <section aria-labelledby={`${id}-results`} className="space-y-6" aria-live="polite">
        <h2 id={`${id}-results`} className="text-2xl font-bold">
          Results
        </h2>
        {!result ? (
          <p className="rounded-md border-l-4 border-danger bg-danger-soft px-4 py-3 text-sm" role="alert">
            Fix the highlighted inputs to see the estimate.
          </p>
        ) : (
          <>
            <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="headline">
              {[
                ["Peak reads", `${formatCount(result.reads.peak)}/s`],
                ["Peak writes", `${formatCount(result.writes.peak)}/s`],
                ["Read:write", `${result.ratioText}, ${result.workload.class}`],
                ["Storage per day", formatBytes(result.storage.perDay)],
                ["Storage per year", formatBytes(result.storage.perYear)],
                [`Storage over ${parsed.ok ? parsed.inputs.years : ""} years`, formatBytes(result.storage.overHorizon)],
                [
                  "Ingress",
                  `${formatBytesPerSecond(result.bandwidth.ingress)} (${formatBitsPerSecond(result.bandwidth.ingress)})`,
                ],
                [
                  "Egress",
                  `${formatBytesPerSecond(result.bandwidth.egress)} (${formatBitsPerSecond(result.bandwidth.egress)})`,
                ],
              ].map(([label, value]) => (
                <div key={label} className="rounded-md border border-border bg-surface p-3">
                  <dt className="text-sm text-muted">{label}</dt>
                  <dd className="text-lg font-semibold">{value}</dd>
                </div>
              ))}
            </dl>

            <div className="space-y-2">
              <h3 className="text-lg font-semibold">What the numbers force</h3>
              <ul className="list-disc space-y-1 pl-5" data-testid="justifications">
                {result.justifications.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <p className="text-sm">
                <strong>{result.workload.class.charAt(0).toUpperCase() + result.workload.class.slice(1)}:</strong>{" "}
                {result.workload.implication}
              </p>
            </div>

            {reference ? (
              <div
                className="rounded-md border-l-4 border-accent bg-accent-soft px-4 py-3"
                data-testid="reference-figures"
              >
                <h3 className="font-semibold">Reference figures for this example</h3>
                <ul className="mt-1 list-disc pl-5 text-sm">
                  {reference.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </div>
            ) : null}

            <div className="space-y-2">
              <h3 className="text-lg font-semibold">Storage growth</h3>
              {/* recharts is the heaviest script of the page: fetched only when the chart is near the screen. */}
              <WhenVisible minHeight="14rem">
                <StorageChart series={result.storageSeries} />
              </WhenVisible>
              <table className="text-sm">
                <caption className="sr-only">Cumulative storage at the end of each year</caption>
                <thead>
                  <tr>
                    <th scope="col" className="pr-4 text-left">
                      Year
                    </th>
                    <th scope="col" className="text-left">
                      Stored (with replication)
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {result.storageSeries.slice(1).map((point) => (
                    <tr key={point.year}>
                      <td className="pr-4">{point.year}</td>
                      <td>{formatBytes(point.bytes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>

            <FunnelSteps steps={result.steps} />
            {worksheet && parsed.ok ? (
              <AttachEstimate worksheet={worksheet} inputs={parsed.inputs} backLink={!blind} />
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}

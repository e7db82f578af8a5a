"use client";

import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { ConflictChoice } from "@/components/autosave/conflict-choice";
import { SaveIndicator } from "@/components/autosave/save-indicator";
import { useVersionedAutosave } from "@/components/client-data/use-versioned-autosave";
import { AvailabilityBudget } from "@/components/practice/worksheet/availability-budget";
import { ItemList } from "@/components/practice/worksheet/item-list";
import { NumberField } from "@/components/practice/worksheet/number-field";
import { ReferenceComparison } from "@/components/practice/worksheet/reference-comparison";
import type { WorksheetStorage, WorksheetValue } from "@/components/client-data/worksheet-storage";
import { Button, buttonClasses } from "@/components/ui/button";
import { downloadText, fileSlug } from "@/components/ui/download";
import { inputClasses } from "@/components/ui/field-styles";
import type { FunnelInputs } from "@/lib/estimation/funnel";
import { newItemId } from "@/lib/ids";
import type { PromptSummary } from "@/lib/prompts/catalog";
import type { WorksheetDocument } from "@/lib/worksheet/document";
import { PERCENTILES } from "@/lib/worksheet/percentiles";
import { nfrFlags, toolFirstFlags } from "@/lib/worksheet/feedback";
import { worksheetToMarkdown } from "@/lib/worksheet/markdown";
import { estimateLines } from "@/lib/worksheet/estimate-lines";

/**
 * The scoping worksheet: actors and journeys, V1 requirements, the parking
 * lot, quantified non-functional requirements and scale assumptions, with
 * feedback while writing and the reference shown after submitting.
 */
export function WorksheetEditor({
  storage,
  initial,
  prompt,
  estimate,
  estimatorHref,
  compare = true,
  onChange,
}: {
  storage: WorksheetStorage;
  initial: WorksheetValue & { version: number };
  prompt: PromptSummary | null;
  /** The estimator inputs attached to this worksheet, if any. */
  estimate: FunnelInputs | null;
  /** Where "Open in the estimator" goes (null where there is no saved worksheet to attach to). */
  estimatorHref: string | null;
  /** Offer "Submit and compare" with the prompt's reference (never during a mock interview, where it would give the answer away). */
  compare?: boolean;
  /** Told the worksheet as it changes (a mock interview starts its estimate from the scale typed here). */
  onChange?: (value: WorksheetValue) => void;
}) {
  const { value, setValue, status, conflict, resolveConflict } = useVersionedAutosave<WorksheetValue>({
    draftKey: storage.draftKey,
    initial: { value: { title: initial.title, document: initial.document }, version: initial.version },
    save: storage.save,
    label: "worksheet",
  });
  useEffect(() => onChange?.(value), [value, onChange]);
  const doc = value.document;
  const edit = (patch: Partial<WorksheetDocument>) =>
    setValue((current) => ({ ...current, document: { ...current.document, ...patch } }));
  const editNfr = (patch: Partial<WorksheetDocument["nfr"]>) => edit({ nfr: { ...doc.nfr, ...patch } });
  const editScale = (patch: Partial<WorksheetDocument["scale"]>) => edit({ scale: { ...doc.scale, ...patch } });
  const flags = useMemo(() => nfrFlags(doc), [doc]);
  const flagFor = (path: string) => flags.find((flag) => flag.path === path)?.message;
  const [showFlags, setShowFlags] = useState(false);

  const exportMarkdown = () =>
    downloadText(
      `${fileSlug(value.title)}.md`,
      worksheetToMarkdown(doc, {
        title: value.title,
        prompt: prompt ?? undefined,
        estimate: estimate ? { lines: estimateLines(estimate) } : null,
      }),
    );

  return (
    <div className="space-y-8" data-testid="worksheet">
      <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center justify-between gap-3 border-b border-border bg-bg/95 px-4 py-2 backdrop-blur">
        <SaveIndicator status={status} />
        <div className="flex flex-wrap gap-2">
          {estimatorHref ? (
            <Link href={estimatorHref} className={buttonClasses("secondary")}>
              Open in the estimator
            </Link>
          ) : null}
          <Button variant="secondary" onClick={exportMarkdown}>
            Export Markdown
          </Button>
        </div>
      </div>
      {conflict ? <ConflictChoice what="worksheet" onKeep={resolveConflict} /> : null}

      <label className="block space-y-1">
        <span className="text-sm font-medium">Worksheet title</span>
        <input
          className={inputClasses}
          value={value.title}
          maxLength={120}
          onChange={(event) => setValue((current) => ({ ...current, title: event.target.value }))}
        />
      </label>

      {prompt ? (
        <section aria-labelledby="brief" className="rounded-md border border-border bg-surface p-4">
          <h2 id="brief" className="text-lg font-semibold">
            {prompt.title}
          </h2>
          <p className="mt-1 text-sm">{prompt.brief}</p>
        </section>
      ) : null}

      <ItemList
        legend="Actors and their core journey"
        hint="Who uses the system, and the one thing each of them must be able to do from start to finish."
        items={doc.actors}
        onChange={(actors) => edit({ actors })}
        create={() => ({ id: newItemId(), name: "", journey: "" })}
        addLabel="Add an actor"
        empty="No actors yet. Start with who uses the system."
        renderItem={(actor, update, index) => (
          <div className="grid gap-2 sm:grid-cols-[12rem_1fr]">
            <label className="space-y-1">
              <span className="text-sm font-medium">Actor {index + 1}</span>
              <input
                className={inputClasses}
                value={actor.name}
                maxLength={500}
                onChange={(e) => update({ name: e.target.value })}
              />
            </label>
            <label className="space-y-1">
              <span className="text-sm font-medium">Core journey of actor {index + 1}</span>
              <input
                className={inputClasses}
                value={actor.journey}
                maxLength={500}
                onChange={(e) => update({ journey: e.target.value })}
              />
            </label>
          </div>
        )}
      />

      <ItemList
        legend="V1 functional requirements"
        hint="What users can do in the first version, one capability per line (Enter starts the next). Say what, not how: no technologies here."
        items={doc.functional}
        numbered
        onChange={(functional) => edit({ functional })}
        create={() => ({ id: newItemId(), text: "" })}
        addLabel="Add a requirement"
        empty="No requirements yet."
        renderItem={(requirement, update, index) => {
          const tools = toolFirstFlags(requirement.text);
          const warningId = `fr-${requirement.id}-warning`;
          return (
            <div className="space-y-1">
              <label className="sr-only" htmlFor={`fr-${requirement.id}`}>
                Functional requirement {index + 1}
              </label>
              <input
                id={`fr-${requirement.id}`}
                className={inputClasses}
                value={requirement.text}
                maxLength={500}
                aria-invalid={tools.length > 0 || undefined}
                aria-describedby={tools.length ? warningId : undefined}
                onChange={(e) => update({ text: e.target.value })}
              />
              {tools.length ? (
                <p id={warningId} role="status" className="text-sm font-medium text-danger" data-flag="tool-first">
                  Tool-first: {tools[0]!.message}
                </p>
              ) : null}
            </div>
          );
        }}
      />

      <ItemList
        legend="Parking lot"
        hint="Features you deliberately leave out of V1, each with the reason. Naming them shows you saw them."
        items={doc.parkingLot}
        onChange={(parkingLot) => edit({ parkingLot })}
        create={() => ({ id: newItemId(), feature: "", reason: "" })}
        addLabel="Park a feature"
        empty="Nothing parked yet."
        renderItem={(item, update, index) => (
          <div className="grid gap-2 sm:grid-cols-2">
            <label className="space-y-1">
              <span className="text-sm font-medium">Deferred feature {index + 1}</span>
              <input
                className={inputClasses}
                value={item.feature}
                maxLength={500}
                onChange={(e) => update({ feature: e.target.value })}
              />
            </label>
            <label className="space-y-1">
              <span className="text-sm font-medium">Why it waits</span>
              <input
                className={inputClasses}
                value={item.reason}
                maxLength={500}
                onChange={(e) => update({ reason: e.target.value })}
              />
            </label>
          </div>
        )}
      />

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Non-functional requirements, quantified</legend>
        <div className="grid gap-4 md:grid-cols-[16rem_1fr]">
          <label className="space-y-1">
            <span className="text-sm font-medium">Availability target (%)</span>
            <input
              className={inputClasses}
              inputMode="decimal"
              placeholder="99.99"
              value={doc.nfr.availability}
              maxLength={20}
              aria-invalid={Boolean(showFlags && flagFor("nfr.availability")) || undefined}
              onChange={(e) => editNfr({ availability: e.target.value })}
            />
            {showFlags && flagFor("nfr.availability") ? (
              <span className="text-sm font-medium text-danger">{flagFor("nfr.availability")}</span>
            ) : null}
          </label>
          <AvailabilityBudget percent={doc.nfr.availability} />
        </div>

        <ItemList
          legend="Latency"
          hint="Name the operation, a percentile and a bound, e.g. p99 under 500 ms for showing nearby drivers."
          items={doc.nfr.latency}
          onChange={(latency) => editNfr({ latency })}
          create={() => ({ id: newItemId(), operation: "", percentile: "p99" as const, boundMs: null })}
          addLabel="Add a latency target"
          empty="No latency targets yet."
          renderItem={(row, update, index) => (
            <div className="grid gap-2 sm:grid-cols-[1fr_7rem_9rem]">
              <label className="space-y-1">
                <span className="text-sm font-medium">Operation {index + 1}</span>
                <input
                  className={inputClasses}
                  value={row.operation}
                  maxLength={500}
                  onChange={(e) => update({ operation: e.target.value })}
                />
              </label>
              <label className="space-y-1">
                <span className="text-sm font-medium">Percentile</span>
                <select
                  className={inputClasses}
                  value={row.percentile}
                  onChange={(e) => update({ percentile: e.target.value as (typeof PERCENTILES)[number] })}
                >
                  {PERCENTILES.map((p) => (
                    <option key={p}>{p}</option>
                  ))}
                </select>
              </label>
              <NumberField
                label="Bound (ms)"
                value={row.boundMs}
                bounds={{ min: 0, max: 1e9 }}
                onChange={(boundMs) => update({ boundMs })}
              />
            </div>
          )}
        />

        <ItemList
          legend="Consistency per data item"
          hint="Decide per piece of data, with a reason: a ride's state and a driver's moving map icon need different answers."
          items={doc.nfr.consistency}
          onChange={(consistency) => editNfr({ consistency })}
          create={() => ({ id: newItemId(), item: "", model: "" as const, reason: "" })}
          addLabel="Add a data item"
          empty="No data items yet."
          renderItem={(row, update, index) => (
            <div className="grid gap-2 sm:grid-cols-[1fr_9rem_1fr]">
              <label className="space-y-1">
                <span className="text-sm font-medium">Data item {index + 1}</span>
                <input
                  className={inputClasses}
                  value={row.item}
                  maxLength={500}
                  onChange={(e) => update({ item: e.target.value })}
                />
              </label>
              <label className="space-y-1">
                <span className="text-sm font-medium">Model</span>
                <select
                  className={inputClasses}
                  value={row.model}
                  onChange={(e) => update({ model: e.target.value as "strong" | "eventual" | "" })}
                >
                  <option value="">Choose…</option>
                  <option value="strong">Strong</option>
                  <option value="eventual">Eventual</option>
                </select>
              </label>
              <label className="space-y-1">
                <span className="text-sm font-medium">Reason</span>
                <input
                  className={inputClasses}
                  value={row.reason}
                  maxLength={500}
                  onChange={(e) => update({ reason: e.target.value })}
                />
              </label>
            </div>
          )}
        />

        <label className="block space-y-1">
          <span className="text-sm font-medium">Durability</span>
          <input
            className={inputClasses}
            placeholder="e.g. 11 nines for trip records: no completed ride is ever lost"
            value={doc.nfr.durability}
            maxLength={500}
            onChange={(e) => editNfr({ durability: e.target.value })}
          />
        </label>

        <ItemList
          legend="Other non-functional requirements"
          hint="Anything else that must hold, with a number: throughput, cost, recovery time, data kept for how long."
          items={doc.nfr.other}
          onChange={(other) => editNfr({ other })}
          create={() => ({ id: newItemId(), text: "" })}
          addLabel="Add another requirement"
          max={20}
          empty="None yet."
          renderItem={(row, update, index) => (
            <label className="block space-y-1">
              <span className="text-sm font-medium">Other requirement {index + 1}</span>
              <input
                className={inputClasses}
                value={row.text}
                maxLength={500}
                onChange={(e) => update({ text: e.target.value })}
              />
            </label>
          )}
        />

        <div aria-live="polite">
          {showFlags ? (
            flags.length ? (
              <ul
                className="space-y-1 rounded-md border-l-4 border-danger bg-danger-soft px-4 py-3 text-sm"
                data-testid="nfr-flags"
              >
                {flags.map((flag) => (
                  <li key={`${flag.path}:${flag.message}`}>{flag.message}</li>
                ))}
              </ul>
            ) : (
              <p className="rounded-md border-l-4 border-success bg-success-soft px-4 py-3 text-sm">
                Every non-functional requirement has a number on it.
              </p>
            )
          ) : null}
        </div>
        <Button variant="secondary" onClick={() => setShowFlags(true)}>
          Check my non-functional requirements
        </Button>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">Scale assumptions</legend>
        <div className="grid gap-3 sm:grid-cols-4">
          {(
            [
              ["dau", "Daily active users"],
              ["readsPerUserPerDay", "Reads per user per day"],
              ["writesPerUserPerDay", "Writes per user per day"],
              ["peakMultiplier", "Peak ÷ average (2–5)"],
            ] as const
          ).map(([key, label]) => (
            <NumberField
              key={key}
              label={label}
              value={doc.scale[key]}
              // The stored document's bounds (document-schema.ts), so what is typed can always be saved.
              bounds={key === "peakMultiplier" ? { min: 2, max: 5 } : { min: 0, max: 1e13 }}
              onChange={(number) => editScale({ [key]: number })}
            />
          ))}
        </div>
        <label className="block space-y-1">
          <span className="text-sm font-medium">Notes on scale</span>
          <textarea
            className={inputClasses}
            rows={2}
            maxLength={500}
            value={doc.scale.notes}
            onChange={(e) => editScale({ notes: e.target.value })}
          />
        </label>
        {estimate ? (
          <div className="rounded-md border border-border bg-surface p-4" data-testid="attached-estimate">
            <h3 className="font-semibold">Attached estimate</h3>
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              {estimateLines(estimate).map((line) => (
                <div key={line.label} className="contents">
                  <dt className="text-muted">{line.label}</dt>
                  <dd className="font-medium">{line.value}</dd>
                </div>
              ))}
            </dl>
          </div>
        ) : null}
      </fieldset>

      <ReferenceComparison
        prompt={compare ? prompt : null}
        document={doc}
        onSubmit={() => edit({ submittedAt: new Date().toISOString() })}
        onReopen={() => edit({ submittedAt: null })}
      />
    </div>
  );
}

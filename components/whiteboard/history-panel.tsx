"use client";

import { useCallback, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import { LineDiffView } from "@/components/ui/line-diff-view";
import { requestJson } from "@/lib/http/client";
import type { DiagramVersionEntry } from "@/lib/diagrams/diagrams";

const time = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/**
 * The diagram's history: every saved moment, a line diff between any two of
 * them (or one of them and what is on screen), and restore. Restoring puts
 * the old source in the editor; it is saved like any edit, so it can be undone
 * from the history too.
 */
export function HistoryPanel({
  diagramId,
  current,
  refreshKey,
  onRestore,
}: {
  diagramId: string;
  current: string;
  /** Changes whenever a save lands, so the list stays fresh. */
  refreshKey: number;
  onRestore: (source: string) => void;
}) {
  const [versions, setVersions] = useState<DiagramVersionEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [from, setFrom] = useState<string>("");
  const [to, setTo] = useState<string>("current");

  const load = useCallback(async () => {
    const outcome = await requestJson(`/api/diagrams/${diagramId}/versions`, { cache: "no-store" });
    const loaded = outcome.kind === "ok" ? (outcome.body as { versions?: DiagramVersionEntry[] } | null) : null;
    if (loaded?.versions) {
      setVersions(loaded.versions);
      setError(null);
    } else if (outcome.status === null) setError("you appear to be offline");
    else setError(`the server answered ${outcome.status}`);
  }, [diagramId]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching the history is the effect's purpose
    void load();
  }, [load, refreshKey]);

  if (error) return <p className="text-sm text-danger">The history could not be loaded ({error}).</p>;
  if (!versions) return <p className="text-sm text-muted">Loading the history…</p>;

  const pick = (value: string) =>
    value === "current" ? current : (versions.find((v) => String(v.number) === value)?.source ?? "");
  const fromValue = from || String(versions[1]?.number ?? versions[0]?.number ?? "");
  const label = (entry: DiagramVersionEntry) =>
    `Version ${entry.number}${entry.pinned ? " (saved)" : ""}, ${time.format(new Date(entry.savedAt))}`;

  return (
    <div className="space-y-4" data-testid="history">
      <ol className="divide-y divide-border rounded-md border border-border">
        {versions.map((entry) => (
          <li
            key={entry.number}
            className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm"
            data-version={entry.number}
          >
            <span>{label(entry)}</span>
            <Button
              variant="ghost"
              onClick={() => onRestore(entry.source)}
              aria-label={`Restore version ${entry.number}`}
            >
              Restore
            </Button>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-3">
        <label className="space-y-1 text-sm">
          <span className="font-medium">Compare</span>
          <select className={inputClasses} value={fromValue} onChange={(event) => setFrom(event.target.value)}>
            {versions.map((entry) => (
              <option key={entry.number} value={entry.number}>
                Version {entry.number}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1 text-sm">
          <span className="font-medium">with</span>
          <select className={inputClasses} value={to} onChange={(event) => setTo(event.target.value)}>
            <option value="current">What is on screen</option>
            {versions.map((entry) => (
              <option key={entry.number} value={entry.number}>
                Version {entry.number}
              </option>
            ))}
          </select>
        </label>
      </div>
      <LineDiffView before={fromValue ? pick(fromValue) : current} after={pick(to)} label="Differences" />
    </div>
  );
}

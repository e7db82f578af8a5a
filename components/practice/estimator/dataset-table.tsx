"use client";

import { SizeFromRecord } from "@/components/practice/estimator/size-from-record";
import { ShorthandNumberField } from "@/components/ui/shorthand-number-field";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import type { DatasetDraft, DraftErrors, RecordDraft } from "@/lib/estimation/funnel-draft";
import { newItemId } from "@/lib/ids";

/** Data that exists whatever the traffic: entities × items each × size, with the share kept hot in memory. */
export function DatasetTable({
  datasets,
  records,
  errors,
  onChange,
}: {
  datasets: DatasetDraft[];
  records: RecordDraft[];
  errors: DraftErrors;
  onChange: (datasets: DatasetDraft[]) => void;
}) {
  const update = (index: number, patch: Partial<DatasetDraft>) =>
    onChange(datasets.map((dataset, at) => (at === index ? { ...dataset, ...patch } : dataset)));

  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">Datasets</legend>
      <p className="text-sm text-muted">
        Sizes that do not come from a write rate: 100M users × 800 timeline entries × 32 B, with the hot share a cache
        keeps in memory.
      </p>
      <ul className="space-y-3">
        {datasets.map((dataset, index) => {
          const error = (key: string) => errors[`datasets.${index}.${key}`];
          const title = dataset.name || `dataset ${index + 1}`;
          return (
            <li key={dataset.id} className="space-y-2 rounded-md border border-border p-3" data-testid="dataset">
              <div className="grid gap-2 sm:grid-cols-[1fr_auto]">
                <TextField
                  label={`Name of dataset ${index + 1}`}
                  error={error("name")}
                  value={dataset.name}
                  maxLength={80}

                  onChange={(event) => update(index, { name: event.target.value })}
                />
                <div className="flex items-end">
                  <Button
                    variant="ghost"
                    aria-label={`Remove ${title}`}
                    onClick={() => onChange(datasets.filter((_, at) => at !== index))}
                  >
                    Remove
                  </Button>
                </div>
              </div>
              <div className="grid gap-2 sm:grid-cols-3 lg:grid-cols-5">
                <ShorthandNumberField
                  label="Entities"
                  value={dataset.entities}
                  error={error("entities")}
                  onChange={(entities) => update(index, { entities })}
                />
                <ShorthandNumberField
                  label="Items each"
                  value={dataset.itemsPerEntity}
                  error={error("itemsPerEntity")}
                  onChange={(itemsPerEntity) => update(index, { itemsPerEntity })}
                />
                <SizeFromRecord
                  label="Item size from"
                  bytesLabel="Item size (bytes)"
                  records={records}
                  recordId={dataset.recordId}
                  bytes={dataset.itemBytes}
                  recordError={error("recordId")}
                  bytesError={error("itemBytes")}
                  onRecord={(recordId) => update(index, { recordId })}
                  onBytes={(itemBytes) => update(index, { itemBytes })}
                />
                <ShorthandNumberField
                  label="Hot in memory (%)"
                  value={dataset.hotPercent}
                  error={error("hotShare")}
                  onChange={(hotPercent) => update(index, { hotPercent })}
                />
              </div>
            </li>
          );
        })}
      </ul>
      <Button
        variant="secondary"
        disabled={datasets.length >= 20}
        onClick={() =>
          onChange([
            ...datasets,
            {
              id: newItemId(),
              name: "",
              entities: "1,000,000",
              itemsPerEntity: "1",
              itemBytes: "1,000",
              recordId: "",
              hotPercent: "20",
            },
          ])
        }
      >
        Add a dataset
      </Button>
    </fieldset>
  );
}

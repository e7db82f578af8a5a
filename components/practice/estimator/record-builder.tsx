"use client";

import { ShorthandNumberField } from "@/components/ui/shorthand-number-field";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { formatBytes, formatExact } from "@/lib/estimation/format";
import type { DraftErrors, RecordDraft } from "@/lib/estimation/funnel-draft";
import { parseNumber } from "@/lib/estimation/parse-number";
import { newItemId } from "@/lib/ids";

/** Records built field by field (id 8 B + URL 400 B + …), summed with overhead; writes and datasets can use them. */
export function RecordBuilder({
  records,
  replication,
  errors,
  onChange,
}: {
  records: RecordDraft[];
  /** The copies typed above, to show what one record costs stored. */
  replication: string;
  errors: DraftErrors;
  onChange: (records: RecordDraft[]) => void;
}) {
  const update = (index: number, patch: Partial<RecordDraft>) =>
    onChange(records.map((record, at) => (at === index ? { ...record, ...patch } : record)));
  const copies = parseNumber(replication);

  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">Records</legend>
      <p className="text-sm text-muted">
        Build a stored record from its fields. A write feature or a dataset can then take its size from it.
      </p>
      <ul className="space-y-3">
        {records.map((record, index) => {
          const error = (key: string) => errors[`records.${index}.${key}`];
          const title = record.name || `record ${index + 1}`;
          const sizes = [...record.fields.map((field) => field.bytes), record.overheadBytes].map(parseNumber);
          const total = sizes.every((size) => size !== null)
            ? sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0)
            : null;
          return (
            <li key={record.id} className="space-y-2 rounded-md border border-border p-3" data-testid="record">
              <div className="grid gap-2 sm:grid-cols-[1fr_auto]">
                <TextField
                  label={`Name of record ${index + 1}`}
                  error={error("name")}
                  value={record.name}
                  maxLength={80}

                  onChange={(event) => update(index, { name: event.target.value })}
                />
                <div className="flex items-end">
                  <Button
                    variant="ghost"
                    aria-label={`Remove ${title}`}
                    onClick={() => onChange(records.filter((_, at) => at !== index))}
                  >
                    Remove
                  </Button>
                </div>
              </div>
              <ul className="space-y-2">
                {record.fields.map((field, at) => (
                  <li key={field.id} className="grid grid-cols-[1fr_8rem_auto] items-start gap-2">
                    <TextField
                      label={`Field ${at + 1} of ${title}`}
                      error={error(`fields.${at}.name`)}
                      value={field.name}
                      maxLength={80}

                      onChange={(event) =>
                        update(index, {
                          fields: record.fields.map((other, where) =>
                            where === at ? { ...other, name: event.target.value } : other,
                          ),
                        })
                      }
                    />
                    <ShorthandNumberField
                      label="Bytes"
                      value={field.bytes}
                      error={error(`fields.${at}.bytes`)}
                      onChange={(bytes) =>
                        update(index, {
                          fields: record.fields.map((other, where) => (where === at ? { ...other, bytes } : other)),
                        })
                      }
                    />
                    <div className="flex h-full items-end">
                      <Button
                        variant="ghost"
                        size="sm"
                        disabled={record.fields.length === 1}
                        aria-label={`Remove field ${at + 1} of ${title}`}
                        onClick={() => update(index, { fields: record.fields.filter((_, where) => where !== at) })}
                      >
                        Remove
                      </Button>
                    </div>
                  </li>
                ))}
              </ul>
              <div className="grid items-end gap-2 sm:grid-cols-[auto_10rem_1fr]">
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={record.fields.length >= 40}
                  onClick={() =>
                    update(index, { fields: [...record.fields, { id: newItemId(), name: "", bytes: "8" }] })
                  }
                >
                  Add a field to {title}
                </Button>
                <ShorthandNumberField
                  label="Overhead (bytes)"
                  hint="Row header, index entry."
                  value={record.overheadBytes}
                  error={error("overheadBytes")}
                  onChange={(overheadBytes) => update(index, { overheadBytes })}
                />
                <p className="text-sm" data-testid="record-size">
                  {total === null
                    ? "Fix the sizes to see the total."
                    : `${formatBytes(total)} per record${copies ? `; × ${formatExact(copies, 0)} ${copies === 1 ? "copy" : "copies"} = ${formatBytes(total * copies)} stored` : ""}`}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
      <Button
        variant="secondary"
        disabled={records.length >= 20}
        onClick={() =>
          onChange([
            ...records,
            { id: newItemId(), name: "", overheadBytes: "0", fields: [{ id: newItemId(), name: "id", bytes: "8" }] },
          ])
        }
      >
        Add a record
      </Button>
    </fieldset>
  );
}

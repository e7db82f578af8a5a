"use client";

import { ShorthandNumberField } from "@/components/ui/shorthand-number-field";
import { SelectField } from "@/components/ui/fields";
import type { RecordDraft } from "@/lib/estimation/funnel-draft";

/** A size in bytes, typed or taken from one of the records built above. */
export function SizeFromRecord({
  label,
  bytesLabel,
  records,
  recordId,
  bytes,
  recordError,
  bytesError,
  onRecord,
  onBytes,
}: {
  label: string;
  bytesLabel: string;
  records: RecordDraft[];
  recordId: string;
  bytes: string;
  recordError?: string;
  bytesError?: string;
  onRecord: (recordId: string) => void;
  onBytes: (bytes: string) => void;
}) {
  return (
    <>
      <SelectField
        label={label}
        error={recordError}
        value={recordId}
        onChange={(event) => onRecord(event.target.value)}
      >
        <option value="">a size in bytes</option>
        {records.map((record, at) => (
          <option key={record.id} value={record.id}>
            record: {record.name || `record ${at + 1}`}
          </option>
        ))}
      </SelectField>
      {recordId ? null : (
        <ShorthandNumberField label={bytesLabel} value={bytes} error={bytesError} onChange={onBytes} />
      )}
    </>
  );
}

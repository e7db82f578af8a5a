"use client";

import { useState } from "react";
import { ShorthandNumberField } from "@/components/ui/shorthand-number-field";
import { formatInputNumber } from "@/lib/estimation/parse-number";
import { readNumberField, type NumberBounds } from "@/lib/worksheet/read-number";

/**
 * A worksheet number: the document stores a number (or null), the learner
 * types shorthand. While the field is being edited it shows the text as typed
 * and stores the number read from it; once left, a readable value gives way to
 * the stored number, grouped. Text that is not a number stays on screen with
 * an error, and null is stored.
 */
export function NumberField({
  label,
  value,
  onChange,
  bounds,
  placeholder,
  className,
}: {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  bounds?: NumberBounds;
  placeholder?: string;
  className?: string;
}) {
  // The text being typed; null while the field shows the stored number.
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (value === null ? "" : formatInputNumber(value));
  const { error } = readNumberField(shown, bounds);
  return (
    <ShorthandNumberField
      label={label}
      className={className}
      placeholder={placeholder}
      value={shown}
      error={error ?? undefined}
      onChange={(text) => {
        setDraft(text);
        onChange(readNumberField(text, bounds).value);
      }}
      onBlur={() => setDraft((text) => (text !== null && readNumberField(text, bounds).error ? text : null))}
    />
  );
}

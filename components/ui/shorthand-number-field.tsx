"use client";

import type { ComponentProps, ReactNode } from "react";
import { TextField } from "@/components/ui/fields";
import { formatInputNumber, parseNumber } from "@/lib/estimation/parse-number";

/**
 * A labelled number as people type it ("10M", "1.5k", "2e6", "1,000,000").
 * The text is the caller's, so a half-typed "1e" survives re-renders; once the
 * field is left, a readable number is shown back grouped ("10,000,000").
 */
export function ShorthandNumberField({
  label,
  value,
  error,
  hint,
  onChange,
  onBlur,
  ...props
}: {
  label: ReactNode;
  value: string;
  error?: string;
  hint?: ReactNode;
  onChange: (text: string) => void;
} & Omit<ComponentProps<"input">, "id" | "value" | "onChange">) {
  return (
    <TextField
      {...props}
      label={label}
      hint={hint}
      error={error}
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={(event) => {
        const parsed = parseNumber(value);
        const grouped = parsed === null ? value : formatInputNumber(parsed);
        // Only a real change: leaving an already grouped field is not an edit.
        if (grouped !== value) onChange(grouped);
        onBlur?.(event);
      }}
    />
  );
}

"use client";

import type { KeyboardEvent, ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** The text fields of a row that Enter walks through (selects and text areas keep their own Enter). */
const textFields = (row: Element) =>
  Array.from(row.querySelectorAll<HTMLInputElement>("input:not([type=checkbox]):not([type=radio])"));

/** After React has drawn the change: focus the field `pick` chooses in row `id`, caret at the end. */
const focusInRow = (id: string, pick: (fields: HTMLInputElement[]) => HTMLInputElement | undefined) =>
  requestAnimationFrame(() => {
    const row = document.querySelector(`[data-item="${CSS.escape(id)}"]`);
    if (!row) return;
    const field = pick(textFields(row));
    if (!field) return row.querySelector<HTMLElement>("input,textarea,select")?.focus();
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  });

/**
 * An editable list (actors, requirements, parking lot…): each row's fields come
 * from `renderItem`; rows can be added and removed by keyboard like any button.
 * After "Add", focus moves to the new row's first field. Writing a list is
 * typing line after line, so Enter moves to the row's next field and, from its
 * last, opens a new row below (not from an empty row: that would pile up blank
 * rows); Backspace in an empty row removes it and goes back to the row above.
 */
export function ItemList<T extends { id: string }>({
  legend,
  hint,
  items,
  onChange,
  create,
  renderItem,
  addLabel,
  numbered = false,
  max = 30,
  empty,
}: {
  legend: string;
  hint?: ReactNode;
  items: T[];
  onChange: (items: T[]) => void;
  create: () => T;
  renderItem: (item: T, update: (patch: Partial<T>) => void, index: number) => ReactNode;
  addLabel: string;
  numbered?: boolean;
  max?: number;
  empty: string;
}) {
  const update = (id: string, patch: Partial<T>) =>
    onChange(items.map((item) => (item.id === id ? { ...item, ...patch } : item)));
  const insertAt = (index: number) => {
    const item = create();
    onChange([...items.slice(0, index), item, ...items.slice(index)]);
    focusInRow(item.id, (fields) => fields[0]);
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    const field = event.target;
    if (!(field instanceof HTMLInputElement) || event.nativeEvent.isComposing) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const fields = textFields(event.currentTarget);
    const position = fields.indexOf(field);
    if (position === -1) return;
    const rowEmpty = fields.every((other) => !other.value.trim());
    if (event.key === "Enter") {
      event.preventDefault();
      if (rowEmpty) return;
      const next = fields[position + 1];
      if (next) next.focus();
      else if (items.length < max) insertAt(index + 1);
    } else if (event.key === "Backspace" && rowEmpty && position === 0 && field.value === "") {
      event.preventDefault();
      const list = event.currentTarget.closest("fieldset");
      onChange(items.filter((_, other) => other !== index));
      const previous = items[index - 1];
      const next = items[index + 1];
      if (previous) focusInRow(previous.id, (fields) => fields.at(-1));
      else if (next) focusInRow(next.id, (fields) => fields[0]);
      // The list is empty now: its "Add" button is where the learner can go on.
      else requestAnimationFrame(() => list?.querySelector<HTMLElement>(":scope > button")?.focus());
    }
  };

  const ListTag = numbered ? "ol" : "ul";
  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">{legend}</legend>
      {hint ? <div className="text-sm text-muted">{hint}</div> : null}
      {items.length === 0 ? <p className="text-sm text-muted italic">{empty}</p> : null}
      <ListTag className="space-y-3">
        {items.map((item, index) => (
          <li
            key={item.id}
            data-item={item.id}
            className="flex items-start gap-2 rounded-md border border-border bg-bg p-3"
            onKeyDown={(event) => onRowKeyDown(event, index)}
          >
            {numbered ? (
              <span aria-hidden className="mt-2 w-6 shrink-0 text-right font-semibold text-muted">
                {index + 1}.
              </span>
            ) : null}
            <div className="min-w-0 flex-1">{renderItem(item, (patch) => update(item.id, patch), index)}</div>
            <Button
              variant="ghost"
              className="shrink-0 px-2"
              aria-label={`Remove ${legend.toLowerCase()} item ${index + 1}`}
              onClick={() => onChange(items.filter((other) => other.id !== item.id))}
            >
              Remove
            </Button>
          </li>
        ))}
      </ListTag>
      <Button variant="secondary" onClick={() => insertAt(items.length)} disabled={items.length >= max}>
        {addLabel}
      </Button>
    </fieldset>
  );
}

"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * An editable list (actors, requirements, parking lot…): each row's fields come
 * from `renderItem`; rows can be added and removed by keyboard like any button.
 * After "Add", focus moves to the new row's first field.
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
  const add = () => {
    const item = create();
    onChange([...items, item]);
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-item="${item.id}"] :is(input,textarea,select)`)?.focus(),
    );
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
      <Button variant="secondary" onClick={add} disabled={items.length >= max}>
        {addLabel}
      </Button>
    </fieldset>
  );
}

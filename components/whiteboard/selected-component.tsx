"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import type { SourceNode } from "@/lib/diagrams/source-edit";

/**
 * The component picked on the preview (or from the list): rename it or delete
 * it. Mounted with a key per component, so the field starts from its label.
 */
export function SelectedComponent({
  node,
  onRename,
  onDelete,
  onClose,
}: {
  node: SourceNode;
  onRename: (label: string) => void;
  onDelete: () => void;
  onClose: () => void;
}) {
  const [label, setLabel] = useState(node.label);
  return (
    <form
      aria-label={`Selected component: ${node.label}`}
      className="flex flex-wrap items-end gap-2 rounded-md border border-accent bg-accent-soft p-2"
      data-testid="selected-component"
      onSubmit={(event) => {
        event.preventDefault();
        if (label.trim()) onRename(label);
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onClose();
      }}
    >
      <label className="min-w-40 flex-1 space-y-1">
        <span className="text-sm font-medium">Label of {node.id}</span>
        <input
          className={inputClasses}
          value={label}
          maxLength={80}
          autoFocus
          onChange={(e) => setLabel(e.target.value)}
        />
      </label>
      <Button type="submit" size="sm">
        Rename
      </Button>
      <Button variant="secondary" size="sm" onClick={onDelete}>
        Delete
      </Button>
      <Button variant="ghost" size="sm" onClick={onClose}>
        Done
      </Button>
    </form>
  );
}

"use client";

import { useId, useState, type Ref } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/fields";
import { addNode, COMPONENT_KINDS, type ComponentKind } from "@/lib/diagrams/source-edit";

/** Adds a component of a kind, with a label, to the source: drawing without knowing Mermaid's syntax. */
export function ComponentPalette({
  source,
  onEdit,
  labelRef,
}: {
  source: string;
  /** The new source and the id of the component just added. */
  onEdit: (source: string, added: string) => void;
  /** The label field, which the Alt+N shortcut focuses. */
  labelRef?: Ref<HTMLInputElement>;
}) {
  const heading = useId();
  const [kind, setKind] = useState<ComponentKind>("service");
  const [label, setLabel] = useState("");
  const [message, setMessage] = useState("");
  const kindName = COMPONENT_KINDS.find((item) => item.kind === kind)!.name;
  return (
    <form
      aria-labelledby={heading}
      className="space-y-2 rounded-md border border-border bg-surface p-3"
      onSubmit={(event) => {
        event.preventDefault();
        const added = addNode(source, kind, label);
        onEdit(added.source, added.id);
        setMessage(`Added ${label.trim() || kindName} (${kindName.toLowerCase()}).`);
        setLabel("");
      }}
    >
      <h3 id={heading} className="font-semibold">
        Add a component
      </h3>
      <div className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)_auto] sm:items-end">
        <SelectField label="Kind" value={kind} onChange={(event) => setKind(event.target.value as ComponentKind)}>
          {COMPONENT_KINDS.map((item) => (
            <option key={item.kind} value={item.kind}>
              {item.name}
            </option>
          ))}
        </SelectField>
        <TextField
          ref={labelRef}
          label="Label"
          value={label}
          maxLength={80}
          placeholder={kindName}
          onChange={(event) => setLabel(event.target.value)}
        />
        <Button type="submit" variant="secondary">
          Add component
        </Button>
      </div>
      <p role="status" className="text-sm text-muted">
        {message}
      </p>
    </form>
  );
}

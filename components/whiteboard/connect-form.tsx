"use client";

import { useId, useState, type Ref } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/fields";
import { connectNodes, type EdgeStyle, type SourceNode } from "@/lib/diagrams/source-edit";

// What the board checks accept as a protocol, offered as suggestions.
const PROTOCOLS = [
  "HTTPS",
  "HTTP",
  "gRPC",
  "WebSocket",
  "SQL",
  "RESP",
  "Kafka produce",
  "Kafka consume",
  "AMQP",
  "S3 API",
];

/** Connects two components with a labelled arrow: solid for a synchronous call, dotted for an asynchronous message. */
export function ConnectForm({
  source,
  nodes,
  from,
  to,
  onPick,
  onEdit,
  fromRef,
}: {
  source: string;
  nodes: SourceNode[];
  from: string;
  to: string;
  onPick: (pair: { from: string; to: string }) => void;
  onEdit: (source: string) => void;
  /** The From field, which the Alt+C shortcut focuses. */
  fromRef?: Ref<HTMLSelectElement>;
}) {
  const [label, setLabel] = useState("");
  const [style, setStyle] = useState<EdgeStyle>("sync");
  const [message, setMessage] = useState("");
  const ids = useId();
  const known = (id: string) => nodes.some((node) => node.id === id);
  const start = known(from) ? from : (nodes[0]?.id ?? "");
  const end = known(to) ? to : (nodes.find((node) => node.id !== start)?.id ?? "");
  const name = (id: string) => nodes.find((node) => node.id === id)?.label ?? id;
  const ready = start !== "" && end !== "" && start !== end;
  const options = nodes.map((node) => (
    <option key={node.id} value={node.id}>
      {node.label === node.id ? node.id : `${node.label} (${node.id})`}
    </option>
  ));
  return (
    <form
      aria-labelledby={`${ids}-heading`}
      className="space-y-2 rounded-md border border-border bg-surface p-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (!ready) return;
        onEdit(connectNodes(source, start, end, { label, style }));
        setMessage(`Connected ${name(start)} to ${name(end)}${label.trim() ? ` with ${label.trim()}` : ""}.`);
        setLabel("");
      }}
    >
      <h3 id={`${ids}-heading`} className="font-semibold">
        Connect two components
      </h3>
      {nodes.length < 2 ? (
        <p className="text-sm text-muted">Add two components to connect them.</p>
      ) : (
        <>
          <div className="grid gap-2 sm:grid-cols-2">
            <SelectField
              ref={fromRef}
              label="From"
              value={start}
              onChange={(event) => onPick({ from: event.target.value, to: end })}
            >
              {options}
            </SelectField>
            <SelectField label="To" value={end} onChange={(event) => onPick({ from: start, to: event.target.value })}>
              {options}
            </SelectField>
          </div>
          <TextField
            label="Arrow label (protocol)"
            hint="How it talks, e.g. HTTPS, gRPC, SQL or Kafka produce."
            list={`${ids}-protocols`}
            value={label}
            maxLength={80}
            onChange={(event) => setLabel(event.target.value)}
          />
          <datalist id={`${ids}-protocols`}>
            {PROTOCOLS.map((protocol) => (
              <option key={protocol} value={protocol} />
            ))}
          </datalist>
          <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <legend className="mb-1 font-medium">Call style</legend>
            <label className="flex min-h-8 cursor-pointer items-center gap-2">
              <input
                className="size-4"
                type="radio"
                name={`${ids}-style`}
                checked={style === "sync"}
                onChange={() => setStyle("sync")}
              />
              Synchronous call (solid arrow)
            </label>
            <label className="flex min-h-8 cursor-pointer items-center gap-2">
              <input
                className="size-4"
                type="radio"
                name={`${ids}-style`}
                checked={style === "async"}
                onChange={() => setStyle("async")}
              />
              Asynchronous message (dotted arrow)
            </label>
          </fieldset>
          {start === end ? <p className="text-sm text-danger">Pick two different components.</p> : null}
          <Button type="submit" variant="secondary" disabled={!ready}>
            Connect
          </Button>
        </>
      )}
      <p role="status" className="text-sm text-muted">
        {message}
      </p>
    </form>
  );
}

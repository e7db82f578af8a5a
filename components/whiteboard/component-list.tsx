"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import { COMPONENT_KINDS, type SourceNode } from "@/lib/diagrams/source-edit";

const kindName = (node: SourceNode) =>
  COMPONENT_KINDS.find((item) => item.kind === node.kind)?.name.toLowerCase() ?? "component";

/**
 * The diagram's components as a list: the keyboard's way to what a click on
 * the preview does (drawn SVG nodes cannot take focus), plus connecting.
 */
export function ComponentList({
  nodes,
  selected,
  onSelect,
  onConnectFrom,
  onDelete,
}: {
  nodes: SourceNode[];
  selected: string | null;
  onSelect: (id: string) => void;
  onConnectFrom: (id: string) => void;
  onDelete: (id: string) => void;
}) {
  const heading = useId();
  return (
    <section aria-labelledby={heading} className="rounded-md border border-border bg-surface p-3">
      <h3 id={heading} className="font-semibold">
        Components
      </h3>
      {nodes.length === 0 ? (
        <p className="text-sm text-muted">None yet: add one above, or write Mermaid in the source.</p>
      ) : (
        <ul className="mt-2 divide-y divide-border" data-testid="component-list">
          {nodes.map((node) => (
            <li
              key={node.id}
              className="flex flex-wrap items-center justify-between gap-2 py-1.5 text-sm"
              data-node={node.id}
              aria-current={selected === node.id ? "true" : undefined}
            >
              <span className={selected === node.id ? "font-semibold" : undefined}>
                {node.label} <span className="text-muted">({kindName(node)})</span>
              </span>
              <span className="flex gap-1">
                <Button variant="ghost" size="sm" onClick={() => onSelect(node.id)} aria-label={`Rename ${node.label}`}>
                  Rename
                </Button>
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() => onConnectFrom(node.id)}
                  aria-label={`Connect from ${node.label}`}
                >
                  Connect
                </Button>
                <Button variant="ghost" size="sm" onClick={() => onDelete(node.id)} aria-label={`Delete ${node.label}`}>
                  Delete
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

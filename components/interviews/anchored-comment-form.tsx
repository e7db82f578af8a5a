"use client";

import { useEffect, useState } from "react";
import { CommentForm } from "@/components/interviews/action-forms";
import { analyzeDiagram } from "@/lib/diagrams/analyze";

/** The comment form, with the diagram's nodes (as Mermaid parses them) among the parts to comment on. */
export function AnchoredCommentForm({
  requestId,
  anchors,
  diagram,
  label,
}: {
  requestId: string;
  anchors: { value: string; label: string }[];
  diagram: string;
  label?: string;
}) {
  const [nodes, setNodes] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    let cancelled = false;
    void analyzeDiagram(diagram).then((analysis) => {
      if (cancelled || !analysis.ok || !analysis.flow) return;
      setNodes(
        analysis.flow.nodes.map((node) => ({
          value: `node:${node.id}`,
          label: `Diagram node: ${node.label} (${node.id})`,
        })),
      );
    });
    return () => {
      cancelled = true;
    };
  }, [diagram]);
  return <CommentForm requestId={requestId} anchors={[...anchors, ...nodes]} label={label} />;
}

import type { FlowModel } from "@/lib/diagrams/checks";
import { findExternalContent } from "@/lib/diagrams/external-content";
import { mermaidConfig } from "@/lib/diagrams/mermaid-config";
import { errorLine, errorSummary } from "@/lib/diagrams/parse-error";

export type Analysis =
  { ok: true; type: string; flow: FlowModel | null } | { ok: false; line: number; message: string };

type FlowDb = {
  getDirection(): string;
  getVertices(): Map<string, { id: string; text?: string; type?: string }>;
  getEdges(): { start: string; end: string; type?: string; text?: string; stroke?: string }[];
};

/**
 * Parses a diagram with Mermaid's own parser (browser only: Mermaid needs a
 * DOM). For flowcharts it returns the nodes and edges the whiteboard checks
 * read; other diagram types are only validated.
 */
export async function analyzeDiagram(source: string): Promise<Analysis> {
  const external = findExternalContent(source);
  if (external) return { ok: false, line: external.line, message: external.message };
  const mermaid = (await import("mermaid")).default;
  mermaid.initialize(mermaidConfig(false));
  try {
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
    const type = diagram.type;
    if (type !== "flowchart-v2" && type !== "flowchart") return { ok: true, type, flow: null };
    const db = diagram.db as unknown as FlowDb;
    const flow: FlowModel = {
      direction: db.getDirection() ?? "TB",
      nodes: [...db.getVertices().values()].map((vertex) => ({
        id: vertex.id,
        label: vertex.text ?? vertex.id,
        shape: vertex.type ?? "square",
      })),
      edges: db
        .getEdges()
        .filter((edge) => edge.stroke !== "invisible")
        .map((edge) => ({
          from: edge.start,
          to: edge.end,
          label: edge.text ?? "",
          directed: edge.type !== "arrow_open",
        })),
    };
    return { ok: true, type, flow };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, line: errorLine(message, source.split("\n").length), message: errorSummary(message) };
  }
}

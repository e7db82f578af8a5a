import type { FlowModel } from "@/lib/diagrams/checks";
import { findExternalContent } from "@/lib/diagrams/external-content";
import { mermaidConfig } from "@/lib/diagrams/mermaid-config";
import { diagramProblem } from "@/lib/diagrams/parse-error";
import { NAMED_ENTITIES } from "@/lib/diagrams/source-edit";

export type Analysis =
  { ok: true; type: string; flow: FlowModel | null } | { ok: false; line: number; message: string };

// Mermaid keeps an entity code (#quot;, #35;) in its parsed text as a placeholder and decodes it only when drawing.

/** A label as drawn: Mermaid's entity placeholders turned back into their characters. */
export function decodeEntities(text: string): string {
  return text
    .replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/ﬂ°(\w+)¶ß/g, (whole, name: string) => NAMED_ENTITIES[name] ?? whole);
}

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
  if (findExternalContent(source)) return { ok: false, ...diagramProblem(source, "") };
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
        label: decodeEntities(vertex.text ?? vertex.id),
        shape: vertex.type ?? "square",
      })),
      edges: db
        .getEdges()
        .filter((edge) => edge.stroke !== "invisible")
        .map((edge) => ({
          from: edge.start,
          to: edge.end,
          label: decodeEntities(edge.text ?? ""),
          directed: edge.type !== "arrow_open",
        })),
    };
    return { ok: true, type, flow };
  } catch (error) {
    return { ok: false, ...diagramProblem(source, error instanceof Error ? error.message : String(error)) };
  }
}

import { KEYWORD_LINE, readStatement, type NodeRef, type Statement } from "@/lib/diagrams/flow-statement";

/**
 * The whiteboard's drawing actions as edits to the Mermaid source, which stays
 * the single truth: add a component of a kind, connect two, rename, delete.
 * Pure text in, text out; every line an action does not touch is kept as the
 * learner wrote it.
 */
export type ComponentKind =
  "client" | "service" | "load-balancer" | "cache" | "database" | "queue" | "object-store" | "cdn" | "external";

/** Each kind's shape: the checks read a cylinder as a store and a stadium as a client (checks.ts). */
export const COMPONENT_KINDS: { kind: ComponentKind; name: string; open: string; close: string }[] = [
  { kind: "client", name: "Client", open: "([", close: "])" },
  { kind: "service", name: "Service", open: "[", close: "]" },
  { kind: "load-balancer", name: "Load balancer", open: "[/", close: "\\]" },
  { kind: "cache", name: "Cache", open: "[(", close: ")]" },
  { kind: "database", name: "Database", open: "[(", close: ")]" },
  { kind: "queue", name: "Queue or log", open: "[[", close: "]]" },
  { kind: "object-store", name: "Object store", open: "[(", close: ")]" },
  { kind: "cdn", name: "CDN", open: "[/", close: "/]" },
  { kind: "external", name: "External service", open: "{{", close: "}}" },
];

export type EdgeStyle = "sync" | "async";
export type SourceNode = { id: string; label: string; kind: ComponentKind | null };

const MAX_LABEL = 80;
// Words Mermaid reads as keywords, which would break a line used as an id.
const RESERVED = new Set(
  ["end", "graph", "flowchart", "subgraph", "style", "class", "classdef", "click", "call", "href", "default"].concat([
    "direction",
    "linkstyle",
    "interpolate",
    "tb",
    "td",
    "bt",
    "rl",
    "lr",
  ]),
);
/** Mermaid's named entity codes (#quot;) and the characters they stand for. */
export const NAMED_ENTITIES: Record<string, string> = { quot: '"', lt: "<", gt: ">", amp: "&", nbsp: " ", apos: "'" };

// Characters that could end a quoted label, read as markup or start an entity
// code are written as look-alikes. Mermaid's own entity codes (#quot;) would be
// safe too, but with strict security and SVG text labels it draws them
// literally ("&quot;"), so a learner's label would come out garbled.
const LOOKALIKES: Record<string, string> = { "<": "‹", ">": "›", "#": "＃", "`": "ʼ" };

/** A label as the board can draw it: one line, at most 80 characters, quotes made typographic, markup characters as look-alikes. */
export function drawableLabel(label: string): string {
  let open = true;
  return label
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_LABEL)
    .replace(/["<>#`]/g, (char) => {
      if (char !== '"') return LOOKALIKES[char]!;
      open = !open;
      return open ? "”" : "“";
    });
}

/** A label as a quoted Mermaid string. */
export function quoteLabel(label: string): string {
  return `"${drawableLabel(label)}"`;
}

/** The label as a reader sees it: quotes removed and entity codes decoded. */
export function readLabel(raw: string): string {
  const unquoted = /^"(.*)"$/s.exec(raw.trim())?.[1] ?? raw.trim();
  // A "`...`" label is Mermaid's Markdown string: the backticks are not part of the text.
  const text = /^`.*`$/s.test(unquoted) ? unquoted.slice(1, -1) : unquoted;
  return text.replace(/#(?:(\d+)|([a-z]+));/gi, (whole, code: string | undefined, name: string | undefined) =>
    code ? String.fromCharCode(Number(code)) : (NAMED_ENTITIES[name!.toLowerCase()] ?? whole),
  );
}

function kindOf(node: NodeRef, label: string): ComponentKind | null {
  const matches = COMPONENT_KINDS.filter((kind) => kind.open === node.open && kind.close === node.close);
  if (matches.length <= 1) return matches[0]?.kind ?? null;
  // Cylinders: the label says which store it is.
  if (/cache|redis|memcache/i.test(label)) return "cache";
  if (/object|blob|bucket|\bs3\b|files?\b/i.test(label)) return "object-store";
  return "database";
}

function statements(source: string): { index: number; line: string; statement: Statement }[] {
  return source.split("\n").flatMap((line, index) => {
    const statement = readStatement(line);
    return statement ? [{ index, line, statement }] : [];
  });
}

/** The flowchart's nodes in order of first mention, each with the label and kind of its shaped definition. */
export function listNodes(source: string): SourceNode[] {
  if (!isFlowchart(source)) return [];
  const nodes = new Map<string, SourceNode>();
  for (const { statement } of statements(source)) {
    for (const ref of statement.groups.flat()) {
      const known = nodes.get(ref.id);
      if (ref.open) {
        // A later shaped definition wins, as it does in Mermaid.
        const label = readLabel(ref.rawLabel);
        nodes.set(ref.id, { id: ref.id, label, kind: kindOf(ref, label) });
      } else if (!known) nodes.set(ref.id, { id: ref.id, label: ref.id, kind: null });
    }
  }
  return [...nodes.values()];
}

/** A new id made from the label (letters and digits, starting with a capital), unused in the source. */
export function freshId(source: string, label: string, kind: ComponentKind): string {
  const words = label
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9 ]/g, " ")
    .split(" ")
    .filter(Boolean);
  let base = words
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join("")
    .slice(0, 24);
  if (!/^[A-Za-z]/.test(base)) base = kind.replace(/(^|-)(\w)/g, (_, __, char: string) => char.toUpperCase()) + base;
  const taken = new Set((source.match(/[A-Za-z0-9_]+/g) ?? []).map((word) => word.toLowerCase()));
  for (const word of RESERVED) taken.add(word);
  let id = base;
  for (let n = 2; taken.has(id.toLowerCase()); n += 1) id = `${base}${n}`;
  return id;
}

// Optional front matter and comment or directive lines, then the flowchart keyword.
const FLOWCHART = /^\s*(?:---\n[\s\S]*?\n---[ \t]*\n)?(?:\s*%%.*\n)*\s*(?:flowchart|graph)\b/;

/** Whether the drawing tools can edit this source: a flowchart, or nothing yet (they start one). */
export function isFlowchart(source: string): boolean {
  return source.trim() === "" || FLOWCHART.test(source);
}

function withHeader(source: string): string {
  if (source.trim() === "") return "flowchart LR";
  if (!FLOWCHART.test(source)) throw new Error("the drawing tools edit flowcharts only");
  return source.replace(/\s+$/, "");
}

/** Adds a component of a kind with its label; returns the new source and the new node's id. */
export function addNode(source: string, kind: ComponentKind, label: string): { source: string; id: string } {
  const shape = COMPONENT_KINDS.find((item) => item.kind === kind)!;
  const text = label.trim() || shape.name;
  const base = withHeader(source);
  const id = freshId(base, text, kind);
  return { source: `${base}\n  ${id}${shape.open}${quoteLabel(text)}${shape.close}`, id };
}

/** Connects two nodes: a solid arrow for a synchronous call, a dotted one for an asynchronous message. */
export function connectNodes(
  source: string,
  from: string,
  to: string,
  { label = "", style = "sync" }: { label?: string; style?: EdgeStyle } = {},
): string {
  const arrow = style === "async" ? "-.->" : "-->";
  const text = label.trim() ? `|${quoteLabel(label)}|` : "";
  return `${withHeader(source)}\n  ${from} ${arrow}${text} ${to}`;
}

/** Renames a node: its shaped definition gets the new label (in the same shape), or one is added. */
export function renameNode(source: string, id: string, label: string): string {
  const lines = source.split("\n");
  const shaped = statements(source)
    .flatMap(({ index, statement }) => statement.groups.flat().map((ref) => ({ index, ref })))
    .filter(({ ref }) => ref.id === id && ref.open);
  // Mermaid keeps the last label given, so the last definition is the one to change.
  const last = shaped.at(-1);
  if (!last) return `${source.replace(/\s+$/, "")}\n  ${id}[${quoteLabel(label)}]`;
  const line = lines[last.index]!;
  const { ref } = last;
  const klass = line.slice(
    ref.start + ref.id.length + ref.open.length + ref.rawLabel.length + ref.close.length,
    ref.end,
  );
  lines[last.index] =
    line.slice(0, ref.start) + `${id}${ref.open}${quoteLabel(label)}${ref.close}${klass}` + line.slice(ref.end);
  return lines.join("\n");
}

/** Rewrites one statement without a node: chains split where it was, shaped neighbours keep their definitions. */
function withoutNode(line: string, statement: Statement, id: string): string[] {
  const indent = /^\s*/.exec(line)![0];
  const text = (ref: NodeRef) => line.slice(ref.start, ref.end);
  const groups = statement.groups.map((group) => group.filter((ref) => ref.id !== id));
  const out: string[] = [];
  let chain: string[] = [];
  let lone: NodeRef[] = [];
  const flush = () => {
    if (chain.length > 1) out.push(indent + chain.join(" "));
    else out.push(...lone.filter((ref) => ref.open).map((ref) => indent + text(ref)));
    chain = [];
    lone = [];
  };
  groups.forEach((group, index) => {
    if (group.length === 0) return flush();
    if (chain.length > 0) {
      const link = statement.links[index - 1]!;
      chain.push(line.slice(link.start, link.end).trim());
    }
    chain.push(group.map(text).join(" & "));
    lone = chain.length === 1 ? group : [];
  });
  flush();
  return out;
}

/** Deletes a node, every edge touching it, and its style, class and click lines. */
export function deleteNode(source: string, id: string): string {
  const word = new RegExp(`^\\s*(?:style|click)\\s+${id}\\b`);
  return source
    .split("\n")
    .flatMap((line) => {
      if (word.test(line)) return [];
      const classLine = /^(\s*class\s+)([\w,\s]+?)(\s+\w+\s*;?\s*)$/.exec(line);
      if (classLine) {
        const ids = classLine[2]!.split(/\s*,\s*/).filter((name) => name !== id);
        return ids.length ? [classLine[1] + ids.join(",") + classLine[3]] : [];
      }
      if (KEYWORD_LINE.test(line)) return [line];
      const statement = readStatement(line);
      if (!statement || !statement.groups.flat().some((ref) => ref.id === id)) return [line];
      return withoutNode(line, statement, id);
    })
    .join("\n");
}

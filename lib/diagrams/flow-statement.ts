/**
 * A small reader for one line of a Mermaid flowchart: the node references
 * (id and shape, with where they sit in the line) and the links between
 * them. It is not Mermaid's parser (that one needs a DOM and runs in
 * analyze.ts); it exists so the whiteboard's palette can edit the source as
 * text, keeping every line it does not touch exactly as the learner wrote it.
 */
export type NodeRef = {
  id: string;
  /** Where the reference starts and ends in the line (the shape included). */
  start: number;
  end: number;
  /** The shape's opening bracket, or "" for a bare id. */
  open: string;
  close: string;
  /** The label as written between the brackets, quotes included. */
  rawLabel: string;
};
export type Link = { start: number; end: number };
/** The node groups of a statement (joined by &), and the links between consecutive groups. */
export type Statement = { groups: NodeRef[][]; links: Link[] };

// Longest first: "([" must win over "(", "[(" over "[".
const SHAPES: [string, string[]][] = [
  ["(((", [")))"]],
  ["((", ["))"]],
  ["([", ["])"]],
  ["[[", ["]]"]],
  ["[(", [")]"]],
  ["[/", ["/]", "\\]"]],
  ["[\\", ["\\]", "/]"]],
  ["{{", ["}}"]],
  ["[", ["]"]],
  ["(", [")"]],
  ["{", ["}"]],
  [">", ["]"]],
];

/** Lines that are not node-and-link statements. */
export const KEYWORD_LINE =
  /^\s*(?:%%|(?:flowchart|graph|subgraph|end|direction|classDef|class|style|linkStyle|click|accTitle|accDescr)\b|$)/;

const ID = /[A-Za-z0-9_]+/y;
// -->, --->, ---, -.->, -.-, ==>, ===, <-->, --o, --x, ~~~, each optionally followed by |text|.
const LINK = /\s*(?:<|o|x)?(?:-{2,}|={2,}|-\.+-|~{3,})(?:>|o\b|x\b)?(?:\s*\|[^|]*\|)?/y;
// "-- text -->", "== text ==>", "-. text .->": a link whose label sits inside it.
const TEXT_LINK = /\s*(?:<)?(?:--|==|-\.)\s+(?:"[^"]*"|[^"\n])*?\s(?:-{2,}>|-{3,}|={2,}>|={3,}|\.-+>|\.-)/y;

function readShape(line: string, at: number): { open: string; close: string; end: number } | null {
  for (const [open, closes] of SHAPES) {
    if (!line.startsWith(open, at)) continue;
    let index = at + open.length;
    while (index < line.length) {
      if (line[index] === '"') {
        const quote = line.indexOf('"', index + 1);
        if (quote < 0) return null;
        index = quote + 1;
        continue;
      }
      const close = closes.find((candidate) => line.startsWith(candidate, index));
      if (close) return { open, close, end: index + close.length };
      index += 1;
    }
    return null;
  }
  return null;
}

function readNode(line: string, at: number): NodeRef | null {
  const start = at + (/^\s*/.exec(line.slice(at))?.[0].length ?? 0);
  ID.lastIndex = start;
  const id = ID.exec(line)?.[0];
  if (!id) return null;
  let end = start + id.length;
  const shape = readShape(line, end);
  const node: NodeRef = { id, start, end, open: "", close: "", rawLabel: "" };
  if (shape) {
    node.open = shape.open;
    node.close = shape.close;
    node.rawLabel = line.slice(end + shape.open.length, shape.end - shape.close.length);
    end = shape.end;
  }
  const klass = /:::[\w-]+/y;
  klass.lastIndex = end;
  if (klass.exec(line)) end = klass.lastIndex;
  node.end = end;
  return node;
}

function readLink(line: string, at: number): Link | null {
  for (const pattern of [TEXT_LINK, LINK]) {
    pattern.lastIndex = at;
    const match = pattern.exec(line);
    if (match) return { start: at + (/^\s*/.exec(match[0])?.[0].length ?? 0), end: pattern.lastIndex };
  }
  return null;
}

/** Reads a statement line into node groups and links; null when the line is something this reader does not know. */
export function readStatement(line: string): Statement | null {
  if (KEYWORD_LINE.test(line)) return null;
  const body = line.replace(/;\s*$/, "");
  const groups: NodeRef[][] = [];
  const links: Link[] = [];
  let at = 0;
  for (;;) {
    const group: NodeRef[] = [];
    for (;;) {
      const node = readNode(body, at);
      if (!node) return null;
      group.push(node);
      at = node.end;
      const amp = /\s*&/y;
      amp.lastIndex = at;
      if (!amp.exec(body)) break;
      at = amp.lastIndex;
    }
    groups.push(group);
    if (/^\s*$/.test(body.slice(at))) return { groups, links };
    const link = readLink(body, at);
    if (!link) return null;
    links.push(link);
    at = link.end;
  }
}

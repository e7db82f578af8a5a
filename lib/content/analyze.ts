import GithubSlugger from "github-slugger";
import type { Code, Heading, Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import { frontMatterSchema, type FrontMatter } from "@/lib/content/front-matter";
import { readFrontMatter } from "@/lib/content/front-matter-yaml";
import { readLiteral, type Literal } from "@/lib/content/literal";
import { propProblem, type PropIssue } from "@/lib/content/prop-problems";
import { findExternalContent } from "@/lib/diagrams/external-content";
import { blockWords, sectionTexts } from "@/lib/content/section-text";
import { ALLOWED_HTML, BLOCK_NAMES, BLOCKS, isBlockName, type BlockName } from "@/lib/lessons/blocks";

export type LessonMessage = { line: number; column: number; message: string };
export type LessonHeading = { id: string; title: string; depth: number; line: number };
export type LessonBlock = { id: string; name: BlockName; props: Record<string, Literal>; line: number };
export type LessonTool = { name: BlockName; props: Record<string, Literal>; line: number };
export type LessonLink = { url: string; line: number; column: number };
/** An image from public/, which the checker looks for on disk. */
export type LessonImage = { path: string; line: number; column: number };
/**
 * A diagram written in the lesson (a ```mermaid fence inside <Diagram> or
 * <Whiteboard>). `line` is the lesson line of the source's first line, so a
 * problem on the diagram's line N is on lesson line `line + N - 1`. `rules`:
 * the whiteboard rules apply (a figure, unless it says `rules={false}`; an
 * exercise's starting board is meant to be fixed, so they do not).
 */
export type LessonDiagram = { block: "Diagram" | "Whiteboard"; source: string; line: number; rules: boolean };
/** Plain text of one section (the part before the first ## has heading null), for the search index. */
export type SectionText = { anchor: string | null; heading: string | null; text: string };

export type LessonAnalysis = {
  frontMatter: FrontMatter | null;
  headings: LessonHeading[];
  /** The ## headings: the sections whose reaching is recorded as progress. */
  sections: LessonHeading[];
  /** Interactive blocks, by their author-given id. */
  blocks: LessonBlock[];
  /** Every other block whose props are valid (tools, diagrams, case-study blocks), for checks across blocks. */
  tools: LessonTool[];
  links: LessonLink[];
  images: LessonImage[];
  diagrams: LessonDiagram[];
  sectionTexts: SectionText[];
  /**
   * Words a reader sees outside the prose: the text in block props (questions,
   * options, explanations, cards) and code. The reading time counts them; the
   * search index does not.
   */
  blockWords: number;
  errors: LessonMessage[];
};

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type Positioned = { position?: { start: { line: number; column: number } } };
type Report = (node: Positioned | undefined, message: string) => void;

/**
 * Everything the app needs to know about one lesson, and every mistake in it,
 * each with its line: front matter, headings, blocks and their props, links
 * and searchable text. The MDX compiler (remarkLessonBlocks), the content
 * checker, the search index and the server's answer keys all use this.
 */
export function inspectLesson(tree: Root, expectedSlug?: string): LessonAnalysis {
  const errors: LessonMessage[] = [];
  const error: Report = (node, message) =>
    errors.push({ line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1, message });

  // Front matter
  const yamlNode = tree.children[0]?.type === "yaml" ? tree.children[0] : undefined;
  let frontMatter: FrontMatter | null = null;
  if (!yamlNode) {
    error(tree.children[0], "a lesson must start with front matter between --- lines (title, slug, part, …)");
  } else {
    const read = readFrontMatter(yamlNode.value, frontMatterSchema);
    const offset = (yamlNode.position?.start.line ?? 1) + 1;
    for (const problem of read.errors)
      errors.push({ line: offset + problem.line - 1, column: 1, message: problem.message });
    frontMatter = read.value;
    if (frontMatter && expectedSlug && frontMatter.slug !== expectedSlug) {
      error(yamlNode, `slug "${frontMatter.slug}" must match the file name (${expectedSlug}.mdx)`);
    }
  }

  // Headings, in document order, with the ids rehype-slug will give them.
  const slugger = new GithubSlugger();
  const headings: LessonHeading[] = [];
  visit(tree, "heading", (node: Heading) => {
    const title = toString(node);
    const heading = { id: slugger.slug(title), title, depth: node.depth, line: node.position?.start.line ?? 1 };
    headings.push(heading);
    if (node.depth === 1) error(node, "use ## for sections: the lesson's title comes from its front matter");
  });

  // Blocks, expressions and imports.
  const blocks: LessonBlock[] = [];
  const tools: LessonTool[] = [];
  const diagrams: LessonDiagram[] = [];
  const seenIds = new Map<string, number>();
  visit(tree, (node) => {
    if (node.type === "mdxjsEsm") {
      error(node, "imports and exports are not needed: every block is available by name");
    } else if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
      const program = (node as { data?: { estree?: { body: unknown[] } } }).data?.estree;
      if (program && program.body.length > 0)
        error(node, "{…} expressions are not allowed in lesson text; use a block");
    } else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      const block = inspectElement(node as JsxElement, error, diagrams, tools);
      if (block) {
        const firstLine = seenIds.get(block.id);
        if (firstLine !== undefined)
          error(node as JsxElement, `duplicate block id "${block.id}" (first used on line ${firstLine})`);
        else seenIds.set(block.id, block.line);
        blocks.push(block);
      }
    }
  });

  // A case study's estimator starts from a worksheet on the same page, for the same prompt.
  for (const block of tools.filter((found) => found.name === "CaseEstimator")) {
    const { worksheet, prompt } = block.props as { worksheet?: string; prompt?: string };
    const source = tools.find((found) => found.name === "ScopingWorksheet" && found.props.id === worksheet);
    if (!source)
      errors.push({
        line: block.line,
        column: 1,
        message: `<CaseEstimator> worksheet="${worksheet}" must be the id of a <ScopingWorksheet> in this lesson`,
      });
    else if (source.props.prompt !== prompt)
      errors.push({
        line: block.line,
        column: 1,
        message: `<CaseEstimator> prompt="${prompt}" differs from its worksheet's prompt ("${String(source.props.prompt)}")`,
      });
  }

  // A ```mermaid fence draws only inside a block that says what it shows.
  visit(tree, "code", (node, _index, parent) => {
    if (node.lang !== "mermaid") return;
    const inBlock =
      parent?.type === "mdxJsxFlowElement" &&
      ((parent as JsxElement).name === "Diagram" || (parent as JsxElement).name === "Whiteboard");
    if (!inBlock)
      error(
        node,
        'a ```mermaid fence draws a diagram only inside <Diagram alt="what it shows"> … </Diagram> (or <Whiteboard>); on its own it shows as code',
      );
  });

  const images: LessonImage[] = [];
  visit(tree, "image", (node) => {
    const where = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    if (!node.alt?.trim()) error(node, `image "${node.url}" needs alt text: ![what the image shows](${node.url})`);
    if (!/^\/[\w./-]+\.(png|jpe?g|gif|svg|webp|avif)$/i.test(node.url) || node.url.includes(".."))
      error(
        node,
        `image "${node.url}": put the file in public/ and write its path from there, like ![…](/images/lessons/figure.png)`,
      );
    else images.push({ path: node.url, ...where });
  });

  const links: LessonLink[] = [];
  visit(tree, ["link", "definition"], (node) => {
    const { url, position } = node as { url: string; position?: { start: { line: number; column: number } } };
    // Only web links and paths render: a javascript: or data: URL never reaches a page,
    // nor a protocol-relative //host link, which leaves the site looking like a path.
    if (url.startsWith("//")) {
      error(
        node as { position?: { start: { line: number; column: number } } },
        `link "${url}" leaves the site without saying so: write https:${url}`,
      );
      return;
    }
    if (!isAllowedUrl(url)) {
      error(
        node as { position?: { start: { line: number; column: number } } },
        `link "${url}" is not allowed: use https://…, /learn/…, or #heading`,
      );
    }
    links.push({ url, line: position?.start.line ?? 1, column: position?.start.column ?? 1 });
  });

  const sections = headings.filter((heading) => heading.depth === 2);
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    frontMatter,
    headings,
    sections,
    blocks,
    tools,
    links,
    images,
    diagrams,
    sectionTexts: sectionTexts(tree, sections),
    blockWords: blockWords(tree),
    errors,
  };
}

function inspectElement(
  node: JsxElement,
  error: Report,
  diagrams: LessonDiagram[],
  tools: LessonTool[],
): LessonBlock | null {
  const name = node.name;
  if (!name) {
    error(node, "fragments (<>…</>) are not needed in lessons");
    return null;
  }
  if (/^[a-z]/.test(name)) {
    if (!(ALLOWED_HTML as readonly string[]).includes(name)) {
      error(
        node,
        `<${name}> is not allowed: use Markdown, or one of ${ALLOWED_HTML.map((tag) => `<${tag}>`).join(" ")}`,
      );
    } else if (node.attributes.length > 0) {
      error(node, `<${name}> takes no attributes in lessons`);
    }
    return null;
  }
  if (!isBlockName(name)) {
    const hint = closestBlockName(name);
    error(
      node,
      `unknown block <${name}>${hint ? `: did you mean <${hint}>?` : ""} (see content/README.md for the list)`,
    );
    return null;
  }

  const spec = BLOCKS[name];
  const props: Record<string, Literal> = {};
  let readable = true;
  for (const attribute of node.attributes) {
    if (attribute.type !== "mdxJsxAttribute") {
      error(node, `<${name}> does not accept {...spread} props`);
      readable = false;
      continue;
    }
    const { value } = attribute;
    if (value === null || value === undefined) props[attribute.name] = true;
    else if (typeof value === "string") props[attribute.name] = value;
    else {
      const literal = readLiteral(value.data?.estree ?? undefined);
      if (literal.ok) props[attribute.name] = literal.value;
      else {
        error(node, `<${name} ${attribute.name}>: ${literal.message}`);
        readable = false;
      }
    }
  }

  const hasChildren = node.children.some((child) => !(child.type === "text" && child.value.trim() === ""));
  if (spec.children === "required" && !hasChildren)
    error(node, `<${name}> needs content between its opening and closing tags`);
  if (spec.children === "none" && hasChildren) error(node, `<${name}> takes no content: use <${name} … />`);
  if (!readable) return null;

  const parsed = spec.props.safeParse(props);
  if (!parsed.success) {
    const propNames = Object.keys((spec.props as { shape?: object }).shape ?? {});
    for (const issue of parsed.error.issues) error(node, propProblem(name, props, issue as PropIssue, propNames));
    return null;
  }
  if (spec.children === "mermaid" && (name === "Diagram" || name === "Whiteboard")) {
    const diagram = inspectDiagramBlock(node, name, props, error);
    if (diagram) diagrams.push(diagram);
  }
  if (spec.kind !== "interactive") {
    tools.push({ name, props: parsed.data as Record<string, Literal>, line: node.position?.start.line ?? 1 });
    return null;
  }
  // The validated props, defaults filled in: what scoring must use.
  return {
    // From the parsed props: a simulator's id may be its default.
    id: String((parsed.data as { id?: unknown }).id),
    name,
    props: parsed.data as Record<string, Literal>,
    line: node.position?.start.line ?? 1,
  };
}

/**
 * A diagram block holds a registered board's name or its own ```mermaid fence,
 * never both. An inline diagram needs alt text, and may load nothing.
 */
function inspectDiagramBlock(
  node: JsxElement,
  name: "Diagram" | "Whiteboard",
  props: Record<string, Literal>,
  error: Report,
): LessonDiagram | null {
  const nameProp = name === "Diagram" ? "name" : "start";
  const content = node.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  const fences = content.filter((child): child is Code => child.type === "code" && child.lang === "mermaid");
  if (fences.length !== content.length || fences.length > 1) {
    error(
      node,
      `<${name}> holds one \`\`\`mermaid fence with the diagram's source and nothing else (text about it goes in caption=…)`,
    );
    return null;
  }
  const fence = fences[0];
  if (!fence) {
    if (props[nameProp] === undefined)
      error(node, `<${name}> needs a diagram: ${nameProp}="a board's name", or a \`\`\`mermaid fence inside it`);
    return null;
  }
  if (props[nameProp] !== undefined) {
    error(node, `<${name}> has both ${nameProp}="${String(props[nameProp])}" and a \`\`\`mermaid fence: keep one`);
    return null;
  }
  if (name === "Diagram" && typeof props.alt !== "string")
    error(node, '<Diagram> with its own source needs alt="…": what the diagram shows, for readers who cannot see it');
  const line = (fence.position?.start.line ?? 1) + 1;
  if (!fence.value.trim()) {
    error(fence, `<${name}>: the \`\`\`mermaid fence is empty`);
    return null;
  }
  const external = findExternalContent(fence.value);
  if (external) {
    error(
      { position: { start: { line: line + external.line - 1, column: 1 } } },
      `<${name}> diagram ${external.message.replace(/^Line \d+: /, "")}`,
    );
    return null;
  }
  return { block: name, source: fence.value, line, rules: name === "Diagram" && props.rules !== false };
}

/** Suggests the block an author probably meant, for typos like <Quizz> or <KeyInsights>. */
function closestBlockName(name: string): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const candidate of BLOCK_NAMES) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  return best && best.distance <= 3 ? best.name : null;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ["yaml"]).use(remarkGfm);

/** Web links and paths: never a javascript: or data: URL, nor a //host that looks like a path. */
export function isAllowedUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:|\/|#)/i.test(url) && !url.startsWith("//");
}

/** Parses and inspects one lesson's source. Syntax errors come back as errors with their line. */
export function analyzeLesson(source: string, expectedSlug?: string): LessonAnalysis {
  const file = new VFile({ value: source });
  let tree: Root;
  try {
    tree = parser.runSync(parser.parse(file), file) as Root;
  } catch (cause) {
    return emptyAnalysis([syntaxProblem(cause)]);
  }
  return inspectLesson(tree, expectedSlug);
}

type Place = { line?: number; column?: number; start?: { line: number; column: number } };

/**
 * An MDX syntax error at its real line, in an author's words. The parser does
 * not always give a place (an unclosed tag is found at the end of the file),
 * but its message names the tag's own position: "(16:1-16:10)".
 */
export function syntaxProblem(cause: unknown): LessonMessage {
  const place = (cause as { place?: Place }).place;
  const reason = (cause as { reason?: string }).reason ?? (cause as Error).message ?? String(cause);
  const named = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  const unclosed = /Expected a closing tag for `<([\w.]+)>`/.test(reason);
  // An unclosed tag is reported where the parser gave up; the tag's own line is the one to fix.
  const line = (unclosed && named ? Number(named[1]) : (place?.start?.line ?? place?.line)) ?? Number(named?.[1] ?? 1);
  const column = (unclosed && named ? Number(named[2]) : (place?.start?.column ?? place?.column)) ?? 1;
  return { line, column, message: syntaxInWords(reason) };
}

function syntaxInWords(reason: string): string {
  const unclosed = /Expected a closing tag for `<([\w.]+)>`[^)]*\)( before the end of `(\w+)`)?/.exec(reason);
  if (unclosed) {
    const [, tag, inside, where] = unclosed;
    return inside
      ? `<${tag}> is opened inside a ${where} and not closed there: close it in the same ${where}, or put blank lines around a block`
      : `<${tag}> is never closed: end it with </${tag}>, or write <${tag} … /> when it has no content`;
  }
  const stray =
    /Unexpected closing tag `<\/([\w.]+)>`, expected corresponding closing tag for `<([\w.]+)>` \((\d+):/.exec(reason);
  if (stray) return `</${stray[1]}> closes nothing here: <${stray[2]}> (line ${stray[3]}) must be closed first`;
  if (/Could not parse expression with acorn/.test(reason))
    return "a prop value in {…} is not a plain value: check its brackets, quotes and commas";
  if (/expected a corresponding closing brace for `\{`/.test(reason))
    return "a { is never closed: in lesson text, write \\{ for a brace; a prop value in {…} needs its closing }";
  return `MDX syntax: ${reason}`;
}

function emptyAnalysis(errors: LessonMessage[]): LessonAnalysis {
  return {
    frontMatter: null,
    headings: [],
    sections: [],
    blocks: [],
    tools: [],
    links: [],
    images: [],
    diagrams: [],
    sectionTexts: [],
    blockWords: 0,
    errors,
  };
}

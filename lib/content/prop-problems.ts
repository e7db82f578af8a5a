import type { Literal } from "@/lib/content/literal";

/** The parts of a zod issue the checker reads (zod's own type is a wide union). */
export type PropIssue = {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  keys?: string[];
};

/**
 * A props problem in an author's terms: where it is, naming list items by
 * their `id` (or their text) rather than by index, and what to write instead
 * of the validator's words. Messages the schemas set themselves are kept.
 */
export function propProblem(
  block: string,
  props: Record<string, Literal>,
  issue: PropIssue,
  propNames: readonly string[],
): string {
  const key = typeof issue.path.at(-1) === "string" ? (issue.path.at(-1) as string) : undefined;
  const words = inWords(issue, key ?? "it", block, propNames);
  if (words === null) {
    // A message the schema wrote itself, after where it applies: "<Quiz> options: give at most 12 options".
    const where = describePath(props, issue.path);
    return `<${block}>${where ? ` ${where}:` : ""} ${issue.message}`;
  }
  // "<Quiz> options "a": `explanation` is required": the item, then the prop the message is about.
  const where = describePath(props, key ? issue.path.slice(0, -1) : issue.path);
  return `<${block}>${where ? ` ${where}:` : ""} ${key ? `\`${key}\` ` : ""}${words}`;
}

function describePath(props: Record<string, Literal>, path: PropertyKey[]): string {
  const parts: string[] = [];
  let value: Literal | undefined = props;
  for (const part of path) {
    const next: Literal | undefined =
      value && typeof value === "object" ? (value as Record<string, Literal>)[part as string] : undefined;
    if (typeof part === "number") {
      const item = next && typeof next === "object" && !Array.isArray(next) ? next : null;
      const name = typeof item?.id === "string" ? item.id : typeof item?.text === "string" ? item.text : null;
      parts.push(name ? `"${name.length > 40 ? `${name.slice(0, 39)}…` : name}"` : `#${part + 1}`);
    } else {
      parts.push(parts.length ? `→ ${String(part)}` : String(part));
    }
    value = next;
  }
  return parts.join(" ");
}

const EXAMPLES: Record<string, (name: string) => string> = {
  number: (name) => `must be a number, like \`${name}={3.6}\``,
  boolean: (name) => `must be true or false, like \`${name}={true}\``,
  string: (name) => `must be text in quotes, like \`${name}="…"\``,
  array: (name) => `must be a list, like \`${name}={["…", "…"]}\``,
  object: (name) => `must be an object, like \`${name}={{ … }}\``,
};

/** The validator's message in an author's words; null when the schema wrote its own. */
function inWords(issue: PropIssue, name: string, block: string, propNames: readonly string[]): string | null {
  const { code, message } = issue;
  if (name === "tolerance" && code !== "unrecognized_keys")
    return "is a fraction of the answer, between 0 and 1: `tolerance={0.1}` accepts ±10 %";
  if (code === "unrecognized_keys") {
    const keys = (issue.keys ?? []).map((key) => `"${key}"`).join(", ");
    const one = issue.keys?.length === 1;
    // Inside a list item or an object the block's own props are no guide: name only the stray key.
    if (issue.path.length > 0) return `${keys} ${one ? "is not a field" : "are not fields"} here`;
    return `${keys} ${one ? "is not a prop" : "are not props"} of <${block}>${propNames.length ? ` (its props: ${propNames.join(", ")})` : ""}`;
  }
  if (code === "invalid_type") {
    if (/received undefined/.test(message)) return "is required";
    const example = EXAMPLES[issue.expected ?? ""];
    if (example) return example(name);
  }
  const limit = Number(issue.maximum ?? issue.minimum);
  if (code === "too_big" && /^Too big/.test(message)) {
    if (issue.origin === "array") return `has too many items: at most ${limit}`;
    if (issue.origin === "string") return `is too long: at most ${limit} characters`;
    return `must be ${/</.test(message) && !/<=/.test(message) ? "less than" : "at most"} ${limit}`;
  }
  if (code === "too_small" && /^Too small/.test(message)) {
    if (issue.origin === "array") return `needs at least ${limit} item${limit === 1 ? "" : "s"}`;
    if (issue.origin === "string") return `must be at least ${limit} characters`;
    return `must be ${/>/.test(message) && !/>=/.test(message) ? "more than" : "at least"} ${limit}`;
  }
  return /^(Invalid input|Too big|Too small|Invalid)/.test(message) ? message.replace(/^Invalid input: /, "") : null;
}

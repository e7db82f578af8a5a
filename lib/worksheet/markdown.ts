import { downtimeBudget, parsePercent } from "@/lib/estimation/availability";
import { formatDuration } from "@/lib/estimation/format";
import type { PromptSummary } from "@/lib/prompts/catalog";
import type { WorksheetDocument } from "@/lib/worksheet/document";
import { formatNumber } from "@/lib/format/number";

/**
 * One line of user text as Markdown that is safe to render anywhere: newlines
 * flattened so a list item stays one item, HTML turned into text, and the
 * Markdown that could make a link, an image, code or a table cell escaped.
 */
const line = (text: string) =>
  text
    .replace(/\s*\n\s*/g, " ")
    .trim()
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|])/g, "\\$1");
const orDash = (text: string) => line(text) || "—";

/** The worksheet as a Markdown document to keep, share or paste into notes. */
export function worksheetToMarkdown(
  doc: WorksheetDocument,
  options: { title: string; prompt?: PromptSummary; estimate?: { lines: { label: string; value: string }[] } | null },
): string {
  const out: string[] = [`# ${line(options.title)}`, ""];
  if (options.prompt) out.push(`**Prompt:** ${options.prompt.title}. ${options.prompt.brief}`, "");

  out.push("## Actors and core journeys", "");
  if (doc.actors.length === 0) out.push("_None yet._");
  for (const actor of doc.actors) out.push(`- **${orDash(actor.name)}**: ${orDash(actor.journey)}`);

  out.push("", "## V1 functional requirements", "");
  if (doc.functional.length === 0) out.push("_None yet._");
  doc.functional.forEach((item, index) => out.push(`${index + 1}. ${orDash(item.text)}`));

  out.push("", "## Parking lot", "");
  if (doc.parkingLot.length === 0) out.push("_Nothing parked._");
  for (const item of doc.parkingLot) out.push(`- **${orDash(item.feature)}**: ${orDash(item.reason)}`);

  out.push("", "## Non-functional requirements", "");
  const availability = parsePercent(doc.nfr.availability);
  if (availability !== null) {
    const budget = downtimeBudget(availability);
    out.push(
      `- **Availability:** ${line(doc.nfr.availability).replace(/%$/, "")}% (downtime budget: ${formatDuration(budget.year)} per year, ${formatDuration(budget.month)} per month, ${formatDuration(budget.week)} per week, ${formatDuration(budget.day)} per day)`,
    );
  } else {
    out.push(`- **Availability:** ${orDash(doc.nfr.availability)}`);
  }
  for (const row of doc.nfr.latency) {
    out.push(
      `- **Latency:** ${orDash(row.operation)}: ${row.percentile} ${row.boundMs === null ? "(no bound)" : `< ${row.boundMs} ms`}`,
    );
  }
  for (const row of doc.nfr.consistency) {
    out.push(
      `- **Consistency:** ${orDash(row.item)}: ${row.model || "(undecided)"}${row.reason.trim() ? `, because ${line(row.reason)}` : ""}`,
    );
  }
  out.push(`- **Durability:** ${orDash(doc.nfr.durability)}`);
  for (const row of doc.nfr.other) if (row.text.trim()) out.push(`- ${line(row.text)}`);

  out.push("", "## Scale assumptions", "");
  const number = (value: number | null) => (value === null ? "—" : formatNumber(value));
  out.push(
    `- Daily active users: ${number(doc.scale.dau)}`,
    `- Reads per user per day: ${number(doc.scale.readsPerUserPerDay)}`,
    `- Writes per user per day: ${number(doc.scale.writesPerUserPerDay)}`,
    `- Peak ÷ average: ${doc.scale.peakMultiplier === null ? "—" : `${doc.scale.peakMultiplier}×`}`,
  );
  if (doc.scale.notes.trim()) out.push(`- Notes: ${line(doc.scale.notes)}`);

  if (options.estimate) {
    out.push("", "## Estimate", "", "| Quantity | Value |", "| --- | --- |");
    for (const item of options.estimate.lines) out.push(`| ${item.label} | ${item.value} |`);
  }
  return `${out.join("\n")}\n`;
}

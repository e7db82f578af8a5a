import type {
  PromptReference,
  ReferenceNfr,
  ReferenceParkedFeature,
  ReferenceRequirement,
} from "@/lib/prompts/reference";
import type { WorksheetDocument } from "@/lib/worksheet/document";
import { nfrFlags, type NfrFlag } from "@/lib/worksheet/feedback";
import { bestAssignment } from "@/lib/worksheet/matching";

const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/**
 * How strongly a text says a reference item, or null when it does not. A group
 * of synonyms is found when every term of it starts a word of the text ("match"
 * also finds "matching"; a multi-word term needs consecutive words: "real
 * time"). Each group found adds its number of terms, so a text that says the
 * item several ways, or in more words, is the stronger match.
 */
export function mentionStrength(textWords: string[], synonyms: string[][]): number | null {
  let strength = 0;
  for (const group of synonyms) {
    const found = group.every((term) => {
      const parts = words(term);
      return textWords.some((_, start) => parts.every((part, offset) => textWords[start + offset]?.startsWith(part)));
    });
    if (found) strength += group.length;
  }
  return strength > 0 ? strength : null;
}

/** One of the learner's items as the comparison names it ("requirement 3", "latency target 1"). */
export type LearnerItem = { id: string; label: string; text: string };

export type Coverage<T> = {
  items: { reference: T; coveredBy: LearnerItem | null }[];
  covered: number;
  total: number;
};

/**
 * Pairs reference items with learner items one to one: a learner item covers
 * at most one reference item and a reference item is covered at most once,
 * with as many covered as any pairing allows (see bestAssignment).
 */
function match<T extends { synonyms: string[][] }>(
  references: T[],
  learner: LearnerItem[],
  strength: (learnerIndex: number, reference: T) => number | null,
): Coverage<T> {
  const assignment = bestAssignment(learner.map((_, index) => references.map((ref) => strength(index, ref))));
  const coveredBy = new Map<number, LearnerItem>();
  assignment.forEach((column, row) => {
    if (column !== null) coveredBy.set(column, learner[row]!);
  });
  const items = references.map((reference, index) => ({ reference, coveredBy: coveredBy.get(index) ?? null }));
  return { items, covered: coveredBy.size, total: items.length };
}

function matchText<T extends { synonyms: string[][] }>(references: T[], learner: LearnerItem[]): Coverage<T> {
  const learnerWords = learner.map((item) => words(item.text));
  return match(references, learner, (index, reference) => mentionStrength(learnerWords[index]!, reference.synonyms));
}

/** Numbered as the worksheet shows them (empty rows keep their number but cover nothing). */
const numbered = <T>(
  rows: T[],
  label: string,
  toItem: (row: T, index: number) => { id: string; text: string },
): LearnerItem[] =>
  rows
    .map((row, index) => ({ ...toItem(row, index), label: `${label} ${index + 1}` }))
    .filter((item) => item.text.trim() !== "");

/** Which reference V1 requirements the learner's functional requirements cover, and by which of them. */
export function requirementCoverage(
  doc: WorksheetDocument,
  reference: Pick<PromptReference, "referenceRequirements">,
): Coverage<ReferenceRequirement> {
  const learner = numbered(doc.functional, "requirement", (item) => item);
  return matchText(reference.referenceRequirements, learner);
}

/**
 * Which reference parked features the learner's parking lot names. The
 * feature's words count double: a reason often names what the feature waits
 * on ("needs a scheduler"), which is not the feature parked.
 */
export function parkingLotCoverage(
  doc: WorksheetDocument,
  reference: Pick<PromptReference, "referenceParkingLot">,
): Coverage<ReferenceParkedFeature> {
  const learner = numbered(doc.parkingLot, "parked feature", (item) => ({
    id: item.id,
    text: `${item.feature} ${item.reason}`,
  }));
  const parked = new Map(doc.parkingLot.map((item) => [item.id, item]));
  return match(reference.referenceParkingLot, learner, (index, ref) => {
    const item = parked.get(learner[index]!.id)!;
    const feature = mentionStrength(words(item.feature), ref.synonyms);
    const reason = mentionStrength(words(item.reason), ref.synonyms);
    return feature === null && reason === null ? null : 2 * (feature ?? 0) + (reason ?? 0);
  });
}

/**
 * The learner's NFR section as items to compare, each read with its section's
 * name in front so a reference NFR can ask for "latency" about "redirects".
 * Ids are the paths nfrFlags uses, so a covering item's flag can be found.
 */
export function learnerNfrs(doc: WorksheetDocument): LearnerItem[] {
  const { nfr } = doc;
  const items: LearnerItem[] = [];
  if (nfr.availability.trim())
    items.push({ id: "nfr.availability", label: "availability target", text: `availability ${nfr.availability}` });
  nfr.latency.forEach((row, index) => {
    if (!row.operation.trim() && row.boundMs === null) return;
    const bound = row.boundMs === null ? "" : ` under ${row.boundMs} ms`;
    items.push({
      id: `nfr.latency.${index}`,
      label: `latency target ${index + 1}`,
      text: `latency ${row.operation} ${row.percentile}${bound}`,
    });
  });
  nfr.consistency.forEach((row, index) => {
    if (!row.item.trim() && !row.model) return;
    items.push({
      id: `nfr.consistency.${index}`,
      label: `consistency item ${index + 1}`,
      text: `consistency ${row.item} ${row.model} ${row.reason}`,
    });
  });
  if (nfr.durability.trim())
    items.push({ id: "nfr.durability", label: "durability", text: `durability ${nfr.durability}` });
  items.push(
    ...numbered(nfr.other, "other requirement", (row, index) => ({ id: `nfr.other.${index}`, text: row.text })),
  );
  return items;
}

export type NfrCoverage = Omit<Coverage<ReferenceNfr>, "items"> & {
  /** As in Coverage, with the flags (nfrFlags) of the learner item that covers each: covered, but without a number. */
  items: (Coverage<ReferenceNfr>["items"][number] & { flags: NfrFlag[] })[];
  /** Every NFR of the learner's that has no number, or no decision, yet. */
  unquantified: NfrFlag[];
};

/** Which reference NFRs the learner's NFR section covers, by which item, and what still lacks a number. */
export function nfrCoverage(doc: WorksheetDocument, reference: Pick<PromptReference, "referenceNfrs">): NfrCoverage {
  const result = matchText(reference.referenceNfrs, learnerNfrs(doc));
  const unquantified = nfrFlags(doc);
  const items = result.items.map((item) => ({
    ...item,
    flags: item.coveredBy ? unquantified.filter((flag) => flag.path === item.coveredBy?.id) : [],
  }));
  return { ...result, items, unquantified };
}

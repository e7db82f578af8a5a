import {
  DEVICE_DIAGRAMS,
  DEVICE_WORKSHEETS,
  forgetDeviceRecord,
  listDeviceRecords,
  type DeviceDocument,
} from "@/components/client-data/device-records";
import { forgetAnonymous, readAnonymous, type AnonymousStore } from "@/components/client-data/local-store";
import {
  markStandaloneEstimateHandled,
  unkeptStandaloneEstimate,
} from "@/components/practice/estimator/standalone-estimate";
import type { WorksheetValue } from "@/components/client-data/worksheet-storage";
import type { DiagramValue } from "@/components/client-data/diagram-storage";
import { requestJson } from "@/lib/http/client";
import type { ImportedDocument, VisitorWorkBody, VisitorWorkResult } from "@/lib/visitor-work/schema";
import { plural } from "@/lib/format/plural";

/**
 * Everything a visitor made in this browser, gathered for one request: answers
 * and reading progress, worksheets, diagrams and the estimator's own numbers.
 * A new kind of visitor data joins here (collect it, describe it, forget it)
 * and in lib/visitor-work on the server.
 */
export type VisitorWork = {
  body: VisitorWorkBody;
  counts: {
    answers: number;
    lessons: number;
    reviews: number;
    worksheets: number;
    diagrams: number;
    estimate: boolean;
  };
  /** What was read, so that exactly that (and nothing written since) is removed afterwards. */
  source: {
    anonymous: AnonymousStore;
    worksheets: DeviceDocument<WorksheetValue>[];
    diagrams: DeviceDocument<Pick<DiagramValue, "title" | "source">>[];
    estimate: { fingerprint: string; importKey: string } | null;
  };
};

/** A device key "lesson:<lesson>/<block>" belongs to a lesson block; any other key to a practice page. */
const originOf = (key: string) => (key.startsWith("lesson:") ? key.slice("lesson:".length) : null);

/** What every device document sends: its import key, its lesson block if any, and a title. */
const fromDevice = ({ key, value, importKey }: DeviceDocument<{ title: string }>, untitled: string) => ({
  importKey,
  origin: originOf(key),
  title: value.title.trim() || untitled,
});

export function collectVisitorWork(): VisitorWork | null {
  const anonymous = readAnonymous();
  const body: VisitorWorkBody = {
    attempts: [],
    progress: {},
    worksheets: [],
    diagrams: [],
    reviews: anonymous.reviews,
    estimate: null,
  };
  let lessons = 0;
  for (const [slug, lesson] of Object.entries(anonymous.lessons)) {
    if (lesson.attempts.length === 0 && lesson.sectionsReached.length === 0) continue;
    lessons++;
    for (const attempt of lesson.attempts) {
      body.attempts.push({
        id: attempt.id,
        lesson: slug,
        block: attempt.blockId,
        answer: attempt.answer,
        at: attempt.createdAt,
      });
    }
    body.progress[slug] = {
      sectionsReached: lesson.sectionsReached,
      lastSection: lesson.lastSection,
      completed: Boolean(lesson.completedAt),
    };
  }
  const worksheets = listDeviceRecords<WorksheetValue>(DEVICE_WORKSHEETS, ({ title, document }) => ({
    title,
    document,
  }));
  body.worksheets = worksheets.map((record) => ({
    ...fromDevice(record, "Worksheet"),
    document: record.value.document,
  }));
  const diagrams = listDeviceRecords<Pick<DiagramValue, "title" | "source">>(DEVICE_DIAGRAMS, ({ title, source }) => ({
    title,
    source,
  }));
  body.diagrams = diagrams.map((record) => ({ ...fromDevice(record, "Diagram"), source: record.value.source }));
  const estimate = unkeptStandaloneEstimate();
  body.estimate = estimate ? { importKey: estimate.importKey, inputs: estimate.inputs } : null;

  const counts = {
    answers: body.attempts.length,
    lessons,
    reviews: body.reviews.length,
    worksheets: body.worksheets.length,
    diagrams: body.diagrams.length,
    estimate: Boolean(estimate),
  };
  if (
    !counts.answers &&
    !counts.lessons &&
    !counts.reviews &&
    !counts.worksheets &&
    !counts.diagrams &&
    !counts.estimate
  )
    return null;
  return { body, counts, source: { anonymous, worksheets, diagrams, estimate } };
}

/** "3 answers in 1 lesson, 1 worksheet, 1 diagram and an estimate" */
export function describeVisitorWork({ counts }: VisitorWork): string {
  const parts = [
    counts.answers
      ? `${plural(counts.answers, "answer")} in ${plural(counts.lessons, "lesson")}`
      : counts.lessons
        ? `your place in ${plural(counts.lessons, "lesson")}`
        : null,
    counts.reviews ? plural(counts.reviews, "review") : null,
    counts.worksheets ? plural(counts.worksheets, "worksheet") : null,
    counts.diagrams ? plural(counts.diagrams, "diagram") : null,
    counts.estimate ? "an estimate" : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? "");
}

/**
 * Removes from this browser what was just kept in the account, or all of it
 * when declined (no result). A document the server refused stays.
 */
export function forgetVisitorWork({ source }: VisitorWork, result?: VisitorWorkResult) {
  const kept = (outcomes: ImportedDocument[] | undefined, index: number) => outcomes?.[index]?.status !== "refused";
  forgetAnonymous(source.anonymous);
  source.worksheets.forEach((document, index) => {
    if (kept(result?.worksheets, index)) forgetDeviceRecord(DEVICE_WORKSHEETS, document);
  });
  source.diagrams.forEach((document, index) => {
    if (kept(result?.diagrams, index)) forgetDeviceRecord(DEVICE_DIAGRAMS, document);
  });
  if (source.estimate) markStandaloneEstimateHandled(source.estimate.fingerprint, source.estimate.importKey);
}

/**
 * Sends the work to the signed-in account. Only after the server has stored
 * it is it removed from this browser; on any failure it stays here, to be
 * offered again.
 */
export async function keepVisitorWork(
  work: VisitorWork,
): Promise<{ ok: true; result: VisitorWorkResult } | { ok: false; message: string }> {
  const outcome = await requestJson("/api/visitor-work", { method: "POST", body: work.body });
  if (outcome.status === null) {
    return { ok: false, message: "You appear to be offline: your work is still in this browser." };
  }
  const result = outcome.body as VisitorWorkResult | null;
  if (outcome.kind !== "ok" || !result) {
    const why = outcome.kind === "ok" ? `The server answered ${outcome.status}.` : outcome.message;
    return { ok: false, message: `${why} Your work is still in this browser.` };
  }
  forgetVisitorWork(work, result);
  return { ok: true, result };
}

/**
 * Where to land after keeping the work: the page the visitor was on, except a
 * practice page that showed a device copy, which now opens the account's copy.
 */
export function pageAfterKeeping(callbackPath: string, work: VisitorWork, result: VisitorWorkResult): string {
  const url = new URL(callbackPath, "http://local");
  const moved = (documents: { key: string }[], outcomes: ImportedDocument[], param: string, base: string) => {
    const index = documents.findIndex(
      (document) => !originOf(document.key) && document.key === url.searchParams.get(param),
    );
    const outcome = outcomes[index];
    return outcome && outcome.status !== "refused" ? `${base}/${outcome.id}` : null;
  };
  if (url.pathname === "/practice/worksheet/try") {
    return moved(work.source.worksheets, result.worksheets, "prompt", "/practice/worksheet") ?? callbackPath;
  }
  if (url.pathname === "/practice/whiteboard/try") {
    return moved(work.source.diagrams, result.diagrams, "template", "/practice/whiteboard") ?? callbackPath;
  }
  return callbackPath;
}

import "server-only";
import { getLesson } from "@/lib/content/lessons";
import { findDiagramByImportKey, findDiagramByOrigin, insertImportedDiagram } from "@/lib/diagrams/diagrams";
import { saveAttempts } from "@/lib/progress/attempts";
import { saveReviewEvents } from "@/lib/review/cards";
import { recordLessonProgress } from "@/lib/progress/lesson-progress";
import { copyTitle, importOnce } from "@/lib/visitor-work/import-once";
import {
  visitorDiagram,
  visitorWorksheet,
  type ImportedDocument,
  type VisitorWorkBody,
  type VisitorWorkResult,
} from "@/lib/visitor-work/schema";
import type { z } from "zod";
import { emptyWorksheet } from "@/lib/worksheet/document";
import { findWorksheetByImportKey, findWorksheetByOrigin, insertImportedWorksheet } from "@/lib/worksheet/worksheets";

/**
 * Imports documents of one kind, each checked on its own: a damaged copy is
 * refused (and stays in the browser) without failing the others.
 */
async function importEach<Item extends { importKey: string; origin: string | null }, Stored extends { id: string }>(
  schema: z.ZodType<Item>,
  raws: unknown[],
  storeFor: (item: Item) => Parameters<typeof importOnce<Stored>>[1],
): Promise<ImportedDocument[]> {
  const outcomes: ImportedDocument[] = [];
  for (const raw of raws) {
    const parsed = schema.safeParse(raw);
    if (parsed.success) {
      outcomes.push(await importOnce(parsed.data, storeFor(parsed.data)));
      continue;
    }
    const issue = parsed.error.issues[0];
    outcomes.push({ status: "refused", message: `${issue?.path.join(".") || "document"}: ${issue?.message}` });
  }
  return outcomes;
}

export const ESTIMATE_TITLE = "Estimate from before you signed in";

/**
 * Moves everything a visitor made in this browser into their account, once:
 * answers keep the ids the browser gave them (a second import stores nothing
 * new), reading progress merges as a set union, and every document goes
 * through importOnce; the local review queue's guesses and reviews follow
 * the answers. Answers to exercises a lesson no longer has are
 * counted as refused rather than failing the rest.
 */
export async function importVisitorWork(
  userId: string,
  work: VisitorWorkBody,
  now = new Date(),
): Promise<VisitorWorkResult> {
  const results = work.attempts.length ? await saveAttempts(userId, work.attempts, now) : [];
  // After the answers, whose misses made the cards these reviews rate. Ids make a second import a no-op.
  const reviews = work.reviews.length ? await saveReviewEvents(userId, work.reviews, now) : [];

  let lessons = 0;
  for (const [slug, update] of Object.entries(work.progress)) {
    const lesson = await getLesson(slug);
    if (!lesson) continue;
    const known = new Set(lesson.analysis.sections.map((section) => section.id));
    await recordLessonProgress(userId, lesson.slug, {
      sectionsReached: update.sectionsReached.filter((id) => known.has(id)),
      lastSection: update.lastSection && known.has(update.lastSection) ? update.lastSection : null,
      completed: update.completed,
    });
    lessons++;
  }

  const worksheets = await importEach(visitorWorksheet, work.worksheets, (item) => ({
    byImportKey: () => findWorksheetByImportKey(userId, item.importKey),
    byOrigin: (origin) => findWorksheetByOrigin(userId, origin),
    isSame: (stored) => JSON.stringify(stored.document) === JSON.stringify(item.document),
    insert: (origin, beside) =>
      insertImportedWorksheet(userId, { ...item, origin, title: beside ? copyTitle(item.title) : item.title }),
  }));

  const diagrams = await importEach(visitorDiagram, work.diagrams, (item) => ({
    byImportKey: () => findDiagramByImportKey(userId, item.importKey),
    byOrigin: (origin) => findDiagramByOrigin(userId, origin),
    isSame: (stored) => stored.source === item.source,
    insert: (origin, beside) =>
      insertImportedDiagram(userId, { ...item, origin, title: beside ? copyTitle(item.title) : item.title }),
  }));

  // An account keeps an estimate on a worksheet: this one gets a worksheet of its own.
  const estimate = work.estimate
    ? await importOnce(
        { importKey: work.estimate.importKey, origin: null },
        {
          byImportKey: () => findWorksheetByImportKey(userId, work.estimate!.importKey),
          byOrigin: async () => null,
          isSame: () => false,
          insert: () =>
            insertImportedWorksheet(userId, {
              importKey: work.estimate!.importKey,
              origin: null,
              title: ESTIMATE_TITLE,
              document: emptyWorksheet(null),
              estimate: work.estimate!.inputs,
            }),
        },
      )
    : null;

  return {
    answers: {
      saved: results.filter((result) => result.ok).length,
      refused: results.filter((result) => !result.ok).length,
    },
    reviews: {
      saved: reviews.filter((result) => result.ok).length,
      refused: reviews.filter((result) => !result.ok).length,
    },
    lessons,
    worksheets,
    diagrams,
    estimate,
  };
}

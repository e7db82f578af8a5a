import "server-only";
import { canEnter } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { createDiagram, getDiagram } from "@/lib/diagrams/diagrams";
import { saveOnVersion, type SaveOutcome } from "@/lib/documents/store";
import type { FunnelInputs } from "@/lib/estimation/funnel";
import { RUBRIC_AXES, type RubricAxis } from "@/lib/interviews/rubric";
import type { StagesState } from "@/lib/interviews/validations";
import { promptTitle } from "@/lib/prompts/catalog";
import type { WorksheetDocument } from "@/lib/worksheet/document";
import { createWorksheet, getWorksheet } from "@/lib/worksheet/worksheets";

// A candidate's mock interviews. Every query is scoped by the candidate's id.

/** What a submitted iteration freezes. */
export type AnswerSnapshot = {
  title: string;
  promptId: string;
  worksheet: WorksheetDocument;
  estimate: FunnelInputs | null;
  diagram: string;
  tradeoffs: string;
  /** Absent in iterations submitted before the wrap-up had its own field. */
  wrapUp?: string;
};

export type InterviewSummary = {
  id: string;
  promptId: string;
  title: string;
  lengthMinutes: number;
  createdAt: string;
  iterations: number;
};

export type StoredInterview = InterviewSummary & {
  worksheetId: string;
  diagramId: string;
  tradeoffs: string;
  wrapUp: string;
  /** When the first iteration was submitted: the interview's clock stops there. */
  submittedAt: string | null;
  stages: StagesState;
  selfRating: Partial<Record<RubricAxis, number>> | null;
  version: number;
};

/** Why a worksheet or diagram that a mock interview owns cannot be deleted on its own. */
export const ownedByInterview = (what: string) =>
  `This ${what} belongs to one of your mock interviews and is kept with it, so it cannot be deleted on its own.`;

const withCount = {
  _count: { select: { iterations: true } },
  iterations: { orderBy: { number: "asc" }, take: 1, select: { submittedAt: true } },
} as const;
type Row = Prisma.MockInterviewGetPayload<{ include: typeof withCount }>;

function toStored(row: Row): StoredInterview {
  return {
    id: row.id,
    promptId: row.promptId,
    title: promptTitle(row.promptId),
    lengthMinutes: row.lengthMinutes,
    createdAt: row.createdAt.toISOString(),
    iterations: row._count.iterations,
    worksheetId: row.worksheetId,
    diagramId: row.diagramId,
    tradeoffs: row.tradeoffs,
    wrapUp: row.wrapUp,
    submittedAt: row.iterations[0]?.submittedAt.toISOString() ?? null,
    stages: row.stages as StagesState,
    selfRating: (row.selfRating as Partial<Record<RubricAxis, number>> | null) ?? null,
    version: row.version,
  };
}

/** Starts an interview: its own worksheet (for the prompt) and a blank diagram. */
export async function createInterview(
  userId: string,
  input: { promptId: string; lengthMinutes: number },
): Promise<string> {
  const name = promptTitle(input.promptId);
  const { worksheet } = await createWorksheet(userId, { title: `${name} (mock interview)`, promptId: input.promptId });
  const { diagram } = await createDiagram(userId, { title: `${name} (mock interview)`, template: null });
  const row = await getPrisma().mockInterview.create({
    data: {
      userId,
      promptId: input.promptId,
      lengthMinutes: input.lengthMinutes,
      worksheetId: worksheet.id,
      diagramId: diagram.id,
      stages: { current: "scoping", startedAt: { scoping: new Date().toISOString() } } satisfies StagesState,
    },
  });
  return row.id;
}

export async function listInterviews(userId: string): Promise<InterviewSummary[]> {
  const rows = await getPrisma().mockInterview.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    include: withCount,
    take: 100,
  });
  return rows.map((row) => {
    const { id, promptId, title: name, lengthMinutes, createdAt, iterations } = toStored(row);
    return { id, promptId, title: name, lengthMinutes, createdAt, iterations };
  });
}

export async function getInterview(userId: string, id: string): Promise<StoredInterview | null> {
  const row = await getPrisma().mockInterview.findFirst({ where: { id, userId }, include: withCount });
  return row ? toStored(row) : null;
}

export type InterviewSaveOutcome = SaveOutcome<{ version: number }, StoredInterview>;

/** Saves the write-ups and stage state on top of `baseVersion` only, as worksheets do. */
export async function saveInterview(
  userId: string,
  id: string,
  input: { baseVersion: number; tradeoffs: string; wrapUp: string; stages: StagesState },
): Promise<InterviewSaveOutcome> {
  return saveOnVersion(
    () =>
      getPrisma().mockInterview.update({
        where: { id, userId, version: input.baseVersion },
        data: { tradeoffs: input.tradeoffs, wrapUp: input.wrapUp, stages: input.stages, version: { increment: 1 } },
        select: { version: true },
      }),
    () => getInterview(userId, id),
  );
}

/** The answer as it stands now: worksheet, attached estimate, diagram and write-up. */
export async function currentAnswer(userId: string, interview: StoredInterview): Promise<AnswerSnapshot> {
  const [worksheet, diagram] = await Promise.all([
    getWorksheet(userId, interview.worksheetId),
    getDiagram(userId, interview.diagramId),
  ]);
  if (!worksheet || !diagram) throw new Error(`interview ${interview.id} lost its worksheet or diagram`);
  return {
    title: interview.title,
    promptId: interview.promptId,
    worksheet: worksheet.document,
    estimate: worksheet.estimate,
    diagram: diagram.source,
    tradeoffs: interview.tradeoffs,
    wrapUp: interview.wrapUp,
  };
}

export type SubmitOutcome =
  { status: "submitted"; number: number } | { status: "missing" } | { status: "conflict"; message: string };

/**
 * Freezes the answer as iteration `number`, which must be the next one: the
 * page says which iteration it submits, so a double click or a second tab
 * submitting the same iteration gets a conflict instead of a second copy (the
 * unique (interview, number) index decides between simultaneous ones). A
 * request under review moves to "revised" so its mentor sees the new iteration.
 */
export async function submitIteration(userId: string, id: string, number: number): Promise<SubmitOutcome> {
  const interview = await getInterview(userId, id);
  if (!interview) return { status: "missing" };
  const already = {
    status: "conflict",
    message: `Iteration ${number} was already submitted (from another tab?). Reload the page to see it.`,
  } as const;
  if (number !== interview.iterations + 1) return already;
  const answer = await currentAnswer(userId, interview);
  try {
    await getPrisma().$transaction(async (tx) => {
      await tx.answerIteration.create({ data: { interviewId: id, number, answer } });
      const reviewed = await tx.reviewRequest.findMany({
        where: { interviewId: id, status: "reviewed", mentorId: { not: null } },
        select: { id: true, mentorId: true, mentor: { select: { role: true } } },
      });
      for (const request of reviewed) {
        // A mentor who is no longer one cannot take it: back to the queue, for another mentor.
        if (!request.mentor || !canEnter(request.mentor.role, "mentor")) {
          await tx.reviewRequest.update({ where: { id: request.id }, data: { status: "open", mentorId: null } });
          continue;
        }
        await tx.reviewRequest.update({ where: { id: request.id }, data: { status: "revised" } });
        await tx.notification.create({
          data: {
            userId: request.mentorId!,
            text: `Iteration ${number} of "${interview.title}" is ready for you to review.`,
            href: `/mentor/reviews/${request.id}`,
          },
        });
      }
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return already;
    throw error;
  }
  return { status: "submitted", number };
}

export async function setSelfRating(userId: string, id: string, rating: Record<RubricAxis, number>): Promise<boolean> {
  const updated = await getPrisma().mockInterview.updateMany({
    where: { id, userId, iterations: { some: {} } },
    data: { selfRating: Object.fromEntries(RUBRIC_AXES.map((axis) => [axis, rating[axis]])) },
  });
  return updated.count === 1;
}

export async function listIterations(interviewId: string) {
  const rows = await getPrisma().answerIteration.findMany({ where: { interviewId }, orderBy: { number: "asc" } });
  return rows.map((row) => ({
    number: row.number,
    submittedAt: row.submittedAt.toISOString(),
    answer: row.answer as AnswerSnapshot,
  }));
}

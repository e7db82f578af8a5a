import "server-only";
import { canEnter } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db/client";
import { listIterations, type AnswerSnapshot } from "@/lib/interviews/interviews";
import { notify } from "@/lib/interviews/notifications";
import type { Refusal, ReviewStatus } from "@/lib/interviews/review-queue";
import type { RubricAxis, Verdict } from "@/lib/interviews/rubric";
import type { ReviewInput } from "@/lib/interviews/validations";
import { promptTitle } from "@/lib/prompts/catalog";

export type Discussion = {
  id: string;
  interviewId: string;
  promptId: string;
  title: string;
  goal: string;
  status: ReviewStatus;
  claimedUntil: string | null;
  rating: number | null;
  mentorName: string | null;
  iterations: { number: number; submittedAt: string; answer: AnswerSnapshot }[];
  reviews: {
    iteration: number;
    scores: Record<RubricAxis, { score: number; evidence: string }>;
    verdict: Verdict;
    submittedAt: string;
  }[];
  comments: {
    id: string;
    author: string;
    byMentor: boolean;
    iteration: number;
    anchor: string | null;
    /** The top-level comment this one replies to. */
    parentId: string | null;
    body: string;
    createdAt: string;
  }[];
  /** The candidate's own scores on the rubric, once they have rated themselves. */
  selfRating: Partial<Record<RubricAxis, number>> | null;
};

/**
 * Who may see a request: its candidate, or the mentor who holds it (a live
 * claim, or a review they have given) and still has a mentor's role, read now,
 * at the time of the action. Anyone else, including other mentors, a mentor
 * whose role was revoked and anyone guessing ids, gets null, exactly as for a
 * request that does not exist.
 */
async function accessibleRequest(userId: string, requestId: string) {
  const found = await getPrisma().reviewRequest.findUnique({
    where: { id: requestId },
    include: { mentor: { select: { role: true } } },
  });
  if (!found) return null;
  const { mentor, ...request } = found;
  if (request.candidateId === userId) return { request, role: "candidate" as const };
  const holdsClaim =
    request.status === "claimed" && request.claimedUntil !== null && request.claimedUntil >= new Date();
  const stillMentor = mentor !== null && canEnter(mentor.role, "mentor");
  if (request.mentorId === userId && stillMentor && (holdsClaim || request.status !== "claimed"))
    return { request, role: "mentor" as const };
  return null;
}

/** The number of the interview's latest iteration: what a new comment or review is about. */
async function latestIteration(interviewId: string): Promise<number> {
  const latest = await getPrisma().answerIteration.findFirst({
    where: { interviewId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  return latest?.number ?? 1;
}

export async function getDiscussion(
  userId: string,
  requestId: string,
): Promise<(Discussion & { role: "candidate" | "mentor" }) | null> {
  const access = await accessibleRequest(userId, requestId);
  if (!access) return null;
  const { request } = access;
  const prisma = getPrisma();
  const [iterations, reviews, comments, mentor, interview] = await Promise.all([
    listIterations(request.interviewId),
    prisma.mentorReview.findMany({ where: { requestId }, orderBy: { iteration: "asc" } }),
    prisma.reviewComment.findMany({
      where: { requestId },
      orderBy: { createdAt: "asc" },
      include: { author: { select: { name: true } } },
    }),
    request.mentorId ? prisma.user.findUnique({ where: { id: request.mentorId }, select: { name: true } }) : null,
    prisma.mockInterview.findUnique({ where: { id: request.interviewId }, select: { selfRating: true } }),
  ]);
  return {
    role: access.role,
    id: request.id,
    interviewId: request.interviewId,
    promptId: request.promptId,
    title: promptTitle(request.promptId),
    goal: request.goal,
    status: request.status as ReviewStatus,
    claimedUntil: request.claimedUntil?.toISOString() ?? null,
    rating: request.rating,
    mentorName: mentor?.name ?? null,
    iterations,
    reviews: reviews.map((review) => ({
      iteration: review.iteration,
      scores: review.scores as Discussion["reviews"][number]["scores"],
      verdict: review.verdict as Verdict,
      submittedAt: review.submittedAt.toISOString(),
    })),
    comments: comments.map((comment) => ({
      id: comment.id,
      author: comment.author.name,
      // Anyone on a review thread but the candidate is a mentor (also one who has since left it).
      byMentor: comment.authorId !== request.candidateId,
      iteration: comment.iteration,
      anchor: comment.anchor,
      parentId: comment.parentId,
      body: comment.body,
      createdAt: comment.createdAt.toISOString(),
    })),
    selfRating: (interview?.selfRating as Discussion["selfRating"]) ?? null,
  };
}

const NOT_FOUND: Refusal = { ok: false, status: 404, message: "There is no such review in your account." };

/**
 * A comment from either side, on the latest iteration, or a reply to one.
 * Threads are one level deep: a reply to a reply joins its top-level comment,
 * and a reply takes its thread's anchor rather than one of its own.
 */
export async function addComment(
  userId: string,
  requestId: string,
  input: { anchor: string | null; body: string; parentId?: string },
): Promise<{ ok: true } | Refusal> {
  const access = await accessibleRequest(userId, requestId);
  if (!access) return NOT_FOUND;
  if (access.request.status === "closed") return { ok: false, status: 409, message: "This discussion is closed." };
  const prisma = getPrisma();
  let parentId: string | null = null;
  let anchor = input.anchor;
  if (input.parentId) {
    const parent = await prisma.reviewComment.findFirst({
      where: { id: input.parentId, requestId },
      select: { id: true, parentId: true },
    });
    if (!parent) return { ok: false, status: 404, message: "The comment you are replying to is not in this review." };
    parentId = parent.parentId ?? parent.id;
    anchor = null;
  }
  const iteration = await latestIteration(access.request.interviewId);
  await prisma.reviewComment.create({
    data: { requestId, authorId: userId, iteration, anchor, parentId, body: input.body },
  });
  const other = access.role === "candidate" ? access.request.mentorId : access.request.candidateId;
  if (other) {
    await notify(
      other,
      access.role === "candidate"
        ? `The candidate replied in the review of "${promptTitle(access.request.promptId)}".`
        : `Your mentor commented on your answer to "${promptTitle(access.request.promptId)}".`,
      access.role === "candidate"
        ? `/mentor/reviews/${requestId}`
        : `/interviews/${access.request.interviewId}/reviews/${requestId}`,
    );
  }
  return { ok: true };
}

/** The mentor scores the latest iteration; the candidate is notified. */
export async function submitReview(
  mentorId: string,
  requestId: string,
  input: ReviewInput,
): Promise<{ ok: true } | Refusal> {
  const access = await accessibleRequest(mentorId, requestId);
  if (!access || access.role !== "mentor") return NOT_FOUND;
  if (access.request.status === "closed") return { ok: false, status: 409, message: "This discussion is closed." };
  const prisma = getPrisma();
  const iteration = await latestIteration(access.request.interviewId);
  await prisma.$transaction([
    prisma.mentorReview.upsert({
      where: { requestId_iteration: { requestId, iteration } },
      create: { requestId, iteration, scores: input.scores, verdict: input.verdict },
      update: { scores: input.scores, verdict: input.verdict, submittedAt: new Date() },
    }),
    prisma.reviewRequest.update({ where: { id: requestId }, data: { status: "reviewed", claimedUntil: null } }),
    notify(
      access.request.candidateId,
      `Your review of "${promptTitle(access.request.promptId)}" (iteration ${iteration}) is ready.`,
      `/interviews/${access.request.interviewId}/reviews/${requestId}`,
    ),
  ]);
  return { ok: true };
}

export async function closeDiscussion(userId: string, requestId: string): Promise<{ ok: true } | Refusal> {
  const access = await accessibleRequest(userId, requestId);
  if (!access) return NOT_FOUND;
  await getPrisma().reviewRequest.update({ where: { id: requestId }, data: { status: "closed", claimedUntil: null } });
  return { ok: true };
}

/** The candidate rates a review once the mentor has given one. */
export async function rateReview(
  candidateId: string,
  requestId: string,
  rating: number,
): Promise<{ ok: true } | Refusal> {
  const prisma = getPrisma();
  const updated = await prisma.reviewRequest.updateMany({
    where: { id: requestId, candidateId, reviews: { some: {} } },
    data: { rating },
  });
  return updated.count === 1 ? { ok: true } : NOT_FOUND;
}

/** Mentor scores over time for the candidate's dashboard chart. */
export async function candidateScores(candidateId: string) {
  const reviews = await getPrisma().mentorReview.findMany({
    where: { request: { candidateId } },
    orderBy: { submittedAt: "asc" },
    include: { request: { select: { promptId: true } } },
  });
  return reviews.map((review) => ({
    at: review.submittedAt.toISOString(),
    title: promptTitle(review.request.promptId),
    scores: review.scores as Record<RubricAxis, { score: number }>,
  }));
}

import "server-only";
import { canEnter } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { getInterview, listIterations, type AnswerSnapshot } from "@/lib/interviews/interviews";
import type { RubricAxis, Verdict } from "@/lib/interviews/rubric";
import type { ReviewInput } from "@/lib/interviews/validations";
import { getPrompt } from "@/lib/prompts/bank";

/** How long a claim locks a request to its mentor before it returns to the queue. */
export const CLAIM_MINUTES = 30;

export type ReviewStatus = "open" | "claimed" | "reviewed" | "revised" | "closed";

export type QueueItem = { id: string; promptId: string; title: string; goal: string; createdAt: string };

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
    body: string;
    createdAt: string;
  }[];
};

type Refusal = { ok: false; status: 404 | 409; message: string };

const titleOf = (promptId: string) => getPrompt(promptId)?.title ?? promptId;

/** A claim that has run out is as good as open. */
const claimable = (now: Date) => ({
  OR: [{ status: "open" }, { status: "claimed", claimedUntil: { lt: now } }],
});

async function notify(userId: string, text: string, href: string) {
  await getPrisma().notification.create({ data: { userId, text, href } });
}

/**
 * The candidate asks for review of a submitted interview. One live request per
 * interview: the check below answers the usual case with a message, and a
 * partial unique index decides between requests that arrive at once.
 */
export async function requestReview(
  candidateId: string,
  interviewId: string,
  goal: string,
): Promise<{ ok: true; id: string } | { ok: false; status: 404 | 409; message: string }> {
  const interview = await getInterview(candidateId, interviewId);
  if (!interview) return { ok: false, status: 404, message: "There is no such interview in your account." };
  if (interview.iterations === 0)
    return { ok: false, status: 409, message: "Submit your answer before asking for a review." };
  const prisma = getPrisma();
  const inProgress = { ok: false, status: 409, message: "This interview already has a review in progress." } as const;
  const live = await prisma.reviewRequest.findFirst({ where: { interviewId, status: { not: "closed" } } });
  if (live) return inProgress;
  try {
    const request = await prisma.reviewRequest.create({
      data: { interviewId, candidateId, promptId: interview.promptId, goal },
    });
    return { ok: true, id: request.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return inProgress;
    throw error;
  }
}

/** Requests waiting for a mentor, oldest first, optionally for one prompt. */
export async function reviewQueue(promptId?: string): Promise<QueueItem[]> {
  const rows = await getPrisma().reviewRequest.findMany({
    where: { ...claimable(new Date()), ...(promptId ? { promptId } : {}) },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
  return rows.map((row) => ({
    id: row.id,
    promptId: row.promptId,
    title: titleOf(row.promptId),
    goal: row.goal,
    createdAt: row.createdAt.toISOString(),
  }));
}

/**
 * Locks a request to this mentor for CLAIM_MINUTES. One statement decides:
 * of two mentors claiming at once, exactly one wins. A mentor cannot review
 * their own answer.
 */
export async function claimRequest(mentorId: string, requestId: string): Promise<{ ok: true } | Refusal> {
  const now = new Date();
  const claimed = await getPrisma().reviewRequest.updateMany({
    where: { id: requestId, candidateId: { not: mentorId }, ...claimable(now) },
    data: { status: "claimed", mentorId, claimedUntil: new Date(now.getTime() + CLAIM_MINUTES * 60_000) },
  });
  return claimed.count === 1
    ? { ok: true }
    : { ok: false, status: 409, message: "Another mentor claimed this request first, or it is no longer open." };
}

/**
 * Hands back to the queue every request a (former) mentor holds: live claims,
 * and new iterations waiting for them. Reviews they finished stay theirs in
 * the record, but they can no longer act on them (see accessibleRequest).
 */
export async function releaseHeldRequests(tx: Pick<ReturnType<typeof getPrisma>, "reviewRequest">, mentorId: string) {
  await tx.reviewRequest.updateMany({
    where: { mentorId, status: { in: ["claimed", "revised"] } },
    data: { status: "open", mentorId: null, claimedUntil: null },
  });
}

/** The mentor's requests: live claims, and reviews they have started or finished. */
export async function mentorRequests(mentorId: string) {
  const rows = await getPrisma().reviewRequest.findMany({
    where: {
      mentorId,
      OR: [
        { status: "claimed", claimedUntil: { gte: new Date() } },
        { status: { in: ["reviewed", "revised", "closed"] } },
      ],
    },
    orderBy: { updatedAt: "desc" },
    take: 100,
  });
  return rows.map((row) => ({
    id: row.id,
    title: titleOf(row.promptId),
    goal: row.goal,
    status: row.status as ReviewStatus,
    claimedUntil: row.claimedUntil?.toISOString() ?? null,
  }));
}

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

export async function getDiscussion(
  userId: string,
  requestId: string,
): Promise<(Discussion & { role: "candidate" | "mentor" }) | null> {
  const access = await accessibleRequest(userId, requestId);
  if (!access) return null;
  const { request } = access;
  const prisma = getPrisma();
  const [iterations, reviews, comments, mentor] = await Promise.all([
    listIterations(request.interviewId),
    prisma.mentorReview.findMany({ where: { requestId }, orderBy: { iteration: "asc" } }),
    prisma.reviewComment.findMany({
      where: { requestId },
      orderBy: { createdAt: "asc" },
      include: { author: { select: { name: true } } },
    }),
    request.mentorId ? prisma.user.findUnique({ where: { id: request.mentorId }, select: { name: true } }) : null,
  ]);
  return {
    role: access.role,
    id: request.id,
    interviewId: request.interviewId,
    promptId: request.promptId,
    title: titleOf(request.promptId),
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
      body: comment.body,
      createdAt: comment.createdAt.toISOString(),
    })),
  };
}

const NOT_FOUND: Refusal = { ok: false, status: 404, message: "There is no such review in your account." };

/** A comment or reply from either side, on the latest iteration. */
export async function addComment(
  userId: string,
  requestId: string,
  input: { anchor: string | null; body: string },
): Promise<{ ok: true } | Refusal> {
  const access = await accessibleRequest(userId, requestId);
  if (!access) return NOT_FOUND;
  if (access.request.status === "closed") return { ok: false, status: 409, message: "This discussion is closed." };
  const prisma = getPrisma();
  const latest = await prisma.answerIteration.findFirst({
    where: { interviewId: access.request.interviewId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  await prisma.reviewComment.create({
    data: { requestId, authorId: userId, iteration: latest?.number ?? 1, anchor: input.anchor, body: input.body },
  });
  const other = access.role === "candidate" ? access.request.mentorId : access.request.candidateId;
  if (other) {
    await notify(
      other,
      access.role === "candidate" ? "The candidate replied in a review." : "Your mentor commented on your answer.",
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
  const latest = await prisma.answerIteration.findFirst({
    where: { interviewId: access.request.interviewId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  const iteration = latest?.number ?? 1;
  await prisma.$transaction([
    prisma.mentorReview.upsert({
      where: { requestId_iteration: { requestId, iteration } },
      create: { requestId, iteration, scores: input.scores, verdict: input.verdict },
      update: { scores: input.scores, verdict: input.verdict, submittedAt: new Date() },
    }),
    prisma.reviewRequest.update({ where: { id: requestId }, data: { status: "reviewed", claimedUntil: null } }),
    prisma.notification.create({
      data: {
        userId: access.request.candidateId,
        text: `Your review of "${titleOf(access.request.promptId)}" (iteration ${iteration}) is ready.`,
        href: `/interviews/${access.request.interviewId}/reviews/${requestId}`,
      },
    }),
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

/** The candidate's requests for one interview (newest first). */
export async function interviewRequests(candidateId: string, interviewId: string) {
  const rows = await getPrisma().reviewRequest.findMany({
    where: { candidateId, interviewId },
    orderBy: { createdAt: "desc" },
    include: { _count: { select: { reviews: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    goal: row.goal,
    status: row.status as ReviewStatus,
    reviews: row._count.reviews,
  }));
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
    title: titleOf(review.request.promptId),
    scores: review.scores as Record<RubricAxis, { score: number }>,
  }));
}

export async function listNotifications(userId: string) {
  const rows = await getPrisma().notification.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: 20 });
  return rows.map((row) => ({
    id: row.id,
    text: row.text,
    href: row.href,
    read: row.readAt !== null,
    createdAt: row.createdAt.toISOString(),
  }));
}

/** Marks the user's notifications that point at `href` as read (they have now seen that page). */
export async function markNotificationsRead(userId: string, href: string) {
  await getPrisma().notification.updateMany({ where: { userId, href, readAt: null }, data: { readAt: new Date() } });
}

import "server-only";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { getInterview } from "@/lib/interviews/interviews";
import { promptTitle } from "@/lib/prompts/catalog";

/** How long a claim locks a request to its mentor before it returns to the queue. */
export const CLAIM_MINUTES = 30;

export type ReviewStatus = "open" | "claimed" | "reviewed" | "revised" | "closed";

export type QueueItem = {
  id: string;
  promptId: string;
  title: string;
  goal: string;
  candidate: string;
  createdAt: string;
};

/** Each status in words, as lists of reviews show it. */
export const STATUS_LABELS: Record<ReviewStatus, string> = {
  open: "Waiting for a mentor",
  claimed: "Claimed",
  reviewed: "Reviewed",
  revised: "New iteration to review",
  closed: "Closed",
};

/** The names of the candidates behind some requests (ReviewRequest keeps only their id). */
async function candidateNames(rows: { candidateId: string }[]): Promise<Map<string, string>> {
  const users = await getPrisma().user.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.candidateId))] } },
    select: { id: true, name: true },
  });
  return new Map(users.map((user) => [user.id, user.name]));
}

export type Refusal = { ok: false; status: 404 | 409; message: string };

/** A claim that has run out is as good as open. */
const claimable = (now: Date) => ({
  OR: [{ status: "open" }, { status: "claimed", claimedUntil: { lt: now } }],
});

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
  const names = await candidateNames(rows);
  return rows.map((row) => ({
    id: row.id,
    promptId: row.promptId,
    title: promptTitle(row.promptId),
    goal: row.goal,
    candidate: names.get(row.candidateId) ?? "A deleted account",
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
 * the record, but they can no longer act on them (see accessibleRequest in
 * review-discussion.ts).
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
  const names = await candidateNames(rows);
  return rows.map((row) => ({
    id: row.id,
    title: promptTitle(row.promptId),
    goal: row.goal,
    candidate: names.get(row.candidateId) ?? "A deleted account",
    status: row.status as ReviewStatus,
    claimedUntil: row.claimedUntil?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  }));
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

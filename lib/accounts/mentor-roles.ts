import "server-only";
import { getPrisma } from "@/lib/db/client";
import { releaseHeldRequests } from "@/lib/interviews/review-queue";

/** Accounts an instructor or admin can make mentors of, or stop being mentors. Admins and instructors are not listed. */
export async function mentorCandidates() {
  return getPrisma().user.findMany({
    where: { role: { in: ["CANDIDATE", "MENTOR"] } },
    orderBy: [{ role: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true },
    take: 500,
  });
}

/**
 * Grants or revokes the mentor role. Only candidates become mentors and only
 * mentors go back to candidate: an instructor cannot change an admin's role
 * (or their own) through this. Revoking also hands the requests the mentor
 * holds (a live claim, or a new iteration waiting for them) back to the queue,
 * in the same transaction.
 */
export async function setMentor(userId: string, mentor: boolean): Promise<boolean> {
  return getPrisma().$transaction(async (tx) => {
    const updated = await tx.user.updateMany({
      where: { id: userId, role: mentor ? "CANDIDATE" : "MENTOR" },
      data: { role: mentor ? "MENTOR" : "CANDIDATE" },
    });
    if (updated.count === 1 && !mentor) await releaseHeldRequests(tx, userId);
    return updated.count === 1;
  });
}

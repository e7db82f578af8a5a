import "server-only";
import { getPrisma } from "@/lib/db/client";

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
 * (or their own) through this.
 */
export async function setMentor(userId: string, mentor: boolean): Promise<boolean> {
  const updated = await getPrisma().user.updateMany({
    where: { id: userId, role: mentor ? "CANDIDATE" : "MENTOR" },
    data: { role: mentor ? "MENTOR" : "CANDIDATE" },
  });
  return updated.count === 1;
}

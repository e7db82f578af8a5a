import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";
import { releaseHeldRequests } from "@/lib/interviews/review-queue";
import { text } from "@/lib/validations/text";
import * as z from "@/lib/validations/zod";

/** Accounts shown per page of the instructor desk's list. */
export const ACCOUNTS_PER_PAGE = 25;

/** The list's query string: a search over name and email, and a page (both optional; bad values fall back). */
export const accountListQuery = z.object({
  // A NUL would reach PostgreSQL, which refuses it: such a search is no search.
  q: text(100)
    .transform((value) => value.trim())
    .catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type AccountListQuery = z.infer<typeof accountListQuery>;

/**
 * Accounts an instructor or admin can make mentors of, or stop being mentors
 * (admins and instructors are not listed): mentors first, then by name, a page
 * at a time, filtered by a search over name and email. A page past the last
 * shows the last.
 */
export async function mentorCandidates({ q, page }: AccountListQuery) {
  const prisma = getPrisma();
  const where = {
    role: { in: ["CANDIDATE", "MENTOR"] as Role[] },
    ...(q
      ? {
          OR: [
            { name: { contains: q, mode: "insensitive" as const } },
            { email: { contains: q, mode: "insensitive" as const } },
          ],
        }
      : {}),
  };
  const total = await prisma.user.count({ where });
  const pages = Math.max(1, Math.ceil(total / ACCOUNTS_PER_PAGE));
  const current = Math.min(page, pages);
  const accounts = await prisma.user.findMany({
    where,
    // The id breaks ties between equal names, so no account is on two pages or on none.
    orderBy: [{ role: "desc" }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, email: true, role: true },
    skip: (current - 1) * ACCOUNTS_PER_PAGE,
    take: ACCOUNTS_PER_PAGE,
  });
  return { accounts, total, page: current, pages };
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

import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { canEnter, type Role } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db/client";

/** A reset link works for one hour and once. */
export const RESET_LINK_LIFETIME_MS = 60 * 60 * 1000;

/** The secret travels in the link only; the database keeps its SHA-256, so a leaked table opens no account. */
export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The page a reset link opens; the secret rides in the fragment, which browsers never send to a server or a log. */
export function resetLinkPath(token: string): string {
  return `/reset-password#${token}`;
}

/** Who may issue a link for whom: whoever may enter the instructor desk, and only an admin for an admin. */
export function mayIssueReset(issuer: Role, target: Role): boolean {
  return canEnter(issuer, target === "ADMIN" ? "admin" : "instructor");
}

export type IssueResult =
  | { ok: true; token: string; expiresAt: Date; user: { name: string; email: string } }
  | { ok: false; status: 403 | 404; message: string };

/**
 * Makes a new reset link for the account with `email`, replacing any unused
 * one. `issuer` is the instructor or admin asking, or null when the user asked
 * by email for their own account.
 */
export async function issueReset(
  issuer: { id: string; role: Role } | null,
  email: string,
  now = new Date(),
): Promise<IssueResult> {
  const prisma = getPrisma();
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true },
  });
  if (!user) return { ok: false, status: 404, message: "There is no account with that email." };
  if (issuer && !mayIssueReset(issuer.role, user.role)) {
    return {
      ok: false,
      status: 403,
      message:
        issuer.role === "INSTRUCTOR"
          ? "Only an admin can issue a reset link for an admin."
          : "You cannot issue reset links.",
    };
  }
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + RESET_LINK_LIFETIME_MS);
  await prisma.$transaction([
    prisma.passwordReset.deleteMany({ where: { userId: user.id, usedAt: null } }),
    prisma.passwordReset.create({
      data: { userId: user.id, tokenHash: hashResetToken(token), issuedById: issuer?.id ?? null, expiresAt },
    }),
  ]);
  return { ok: true, token, expiresAt, user: { name: user.name, email: user.email } };
}

export type LinkState = { ok: true; name: string } | { ok: false; message: string };

const LINK_MESSAGES = {
  unknown: "This reset link is not valid. Check that you copied all of it, or ask for a new one.",
  used: "This reset link has already been used. Ask for a new one if you need to reset again.",
  expired: "This reset link has expired (links last an hour). Ask for a new one.",
} as const;

/** The link's row if it can still be used, or why not. */
async function usableReset(token: string, now: Date) {
  const row = await getPrisma().passwordReset.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { userId: true, usedAt: true, expiresAt: true, user: { select: { name: true } } },
  });
  if (!row) return { ok: false as const, message: LINK_MESSAGES.unknown };
  if (row.usedAt) return { ok: false as const, message: LINK_MESSAGES.used };
  if (row.expiresAt <= now) return { ok: false as const, message: LINK_MESSAGES.expired };
  return { ok: true as const, row };
}

/** Whether a link can still be used, so the page can say so before the user types a new password. */
export async function checkReset(token: string, now = new Date()): Promise<LinkState> {
  const usable = await usableReset(token, now);
  return usable.ok ? { ok: true, name: usable.row.user.name } : usable;
}

/**
 * Sets a new password through a link. The link is spent by a conditional
 * update, so two submissions racing cannot both succeed; the password and the
 * session epoch change in the same transaction, which ends every session the
 * account had.
 */
export async function resetPassword(
  token: string,
  password: string,
  now = new Date(),
): Promise<{ ok: true; email: string } | { ok: false; message: string }> {
  const usable = await usableReset(token, now);
  if (!usable.ok) return usable;
  const passwordHash = await hashPassword(password);
  const tokenHash = hashResetToken(token);
  const prisma = getPrisma();
  return prisma.$transaction(async (tx) => {
    const spent = await tx.passwordReset.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) return { ok: false as const, message: LINK_MESSAGES.used };
    const user = await tx.user.update({
      where: { id: usable.row.userId },
      data: { passwordHash, sessionEpoch: { increment: 1 } },
      select: { email: true },
    });
    return { ok: true as const, email: user.email };
  });
}

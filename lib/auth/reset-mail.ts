import "server-only";
import nodemailer from "nodemailer";
import { issueReset, resetLinkPath } from "@/lib/auth/password-reset";
import { reserveResetMail } from "@/lib/auth/rate-limit";
import { timeUtc } from "@/lib/format/date";

/** Users can ask for a reset link themselves only where the app can send mail. */
export function resetByEmailEnabled(): boolean {
  return Boolean(process.env.SMTP_URL);
}

/** The one answer to every request, so it never tells whether an account exists. */
export const RESET_MAIL_SENT =
  "If an account uses that address, a reset link is on its way. It works once, for an hour. Check your spam folder if it has not arrived in a few minutes.";

/**
 * Emails a reset link to the account with `email`, if there is one. The link
 * is built from NEXTAUTH_URL (required with SMTP_URL, lib/env.mjs), never from
 * the request, so a forged Host header cannot send someone a link to another site.
 */
export async function requestResetMail(
  email: string,
  ip: string,
): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const reserved = await reserveResetMail(email, ip);
  if (!reserved.allowed) return { ok: false, retryAfterSeconds: reserved.retryAfterSeconds };
  const issued = await issueReset(null, email);
  if (!issued.ok) return { ok: true };
  const link = new URL(resetLinkPath(issued.token), process.env.NEXTAUTH_URL).href;
  await nodemailer.createTransport(process.env.SMTP_URL).sendMail({
    from: process.env.SMTP_FROM ?? `Tradeoff <no-reply@${new URL(process.env.NEXTAUTH_URL!).hostname}>`,
    to: issued.user.email,
    subject: "Reset your Tradeoff password",
    text: [
      `Hello ${issued.user.name},`,
      "",
      "Someone (we hope you) asked to reset the password of your Tradeoff account. Open this link to choose a new one:",
      "",
      link,
      "",
      `It works once, until ${timeUtc.format(issued.expiresAt)}. Choosing a new password signs you out everywhere else.`,
      "If you did not ask, ignore this email: your password stays as it is.",
    ].join("\n"),
  });
  return { ok: true };
}

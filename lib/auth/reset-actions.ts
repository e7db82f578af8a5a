"use server";

import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import { checkReset, issueReset, resetLinkPath, resetPassword, type LinkState } from "@/lib/auth/password-reset";
import { requestResetMail, RESET_MAIL_SENT, resetByEmailEnabled } from "@/lib/auth/reset-mail";
import { authorize } from "@/lib/auth/session";
import { formError, parseForm, type FormState } from "@/lib/forms/form-state";
import { timeUtc } from "@/lib/format/date";
import { requestLogger } from "@/lib/log/request-logger";
import { issueResetSchema, resetPasswordSchema, resetTokenSchema } from "@/lib/validations/auth";

/** An instructor or admin makes a one-time reset link for an account; the link is in the answer only. */
export async function issueResetAction(_state: FormState, form: FormData): Promise<FormState> {
  const access = await authorize("instructor");
  if (!access.ok) return formError(access.message);
  const parsed = parseForm(issueResetSchema, form);
  if (!parsed.ok) return parsed.state;
  const issued = await issueReset(access.user, parsed.data.email);
  if (!issued.ok) return formError(issued.message, { email: issued.message });
  (await requestLogger()).info({ issuerId: access.user.id }, "password reset link issued");
  return {
    status: "ok",
    message: `Reset link for ${issued.user.name} (${issued.user.email}). It works once, until ${timeUtc.format(issued.expiresAt)}. Copy it now: it is not shown again.`,
    link: resetLinkPath(issued.token),
  };
}

/** Whether a link can still be used (the reset page asks before the user types). */
export async function checkResetAction(token: unknown): Promise<LinkState> {
  const parsed = resetTokenSchema.safeParse(token);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  return checkReset(parsed.data);
}

export async function resetPasswordAction(_state: FormState, form: FormData): Promise<FormState> {
  const parsed = parseForm(resetPasswordSchema, form);
  if (!parsed.ok) return parsed.state;
  const result = await resetPassword(parsed.data.token, parsed.data.password);
  if (!result.ok) return formError(result.message);
  (await requestLogger()).info("password reset through a link");
  return { status: "ok", message: "Password changed. Every other session of your account has been signed out." };
}

/** A user asks for a reset link by email (only where SMTP_URL is set). */
export async function requestResetMailAction(_state: FormState, form: FormData): Promise<FormState> {
  if (!resetByEmailEnabled())
    return formError("This Tradeoff cannot send email. Ask an instructor or admin for a reset link.");
  const parsed = parseForm(issueResetSchema, form);
  if (!parsed.ok) return parsed.state;
  const requestHeaders = await headers();
  try {
    const sent = await requestResetMail(
      parsed.data.email,
      clientIp((name) => requestHeaders.get(name)),
    );
    if (!sent.ok) {
      const minutes = Math.ceil(sent.retryAfterSeconds / 60);
      return formError(`Too many reset requests. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
    }
  } catch (error) {
    (await requestLogger()).error({ err: error }, "reset email failed");
    return formError(
      "We could not send the email just now. Try again later, or ask an instructor or admin for a link.",
    );
  }
  return { status: "ok", message: RESET_MAIL_SENT };
}

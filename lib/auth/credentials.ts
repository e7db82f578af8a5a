import "server-only";
import type { Role } from "@/lib/auth/roles";
import { verifyPassword } from "@/lib/auth/password";
import { reserveSignInAttempt } from "@/lib/auth/rate-limit";
import { getPrisma } from "@/lib/db/client";
import { signInSchema } from "@/lib/validations/auth";

export type SignInResult =
  | { ok: true; user: { id: string; name: string; email: string; role: Role; sessionEpoch: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Checks an email and password under the failed-attempt limits. Unknown emails
 * are counted and timed like wrong passwords, so neither the answer nor its
 * speed tells an attacker which accounts exist.
 */
export async function verifyCredentials(input: unknown, ip: string): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const attempt = await reserveSignInAttempt(email, ip);
  if (!attempt.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: attempt.retryAfterSeconds };

  const user = await getPrisma().user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, sessionEpoch: true, passwordHash: true },
  });
  if (!(await verifyPassword(password, user?.passwordHash)) || !user) return { ok: false, reason: "invalid" };

  await attempt.succeeded();
  const { passwordHash: _hash, ...publicUser } = user;
  return { ok: true, user: publicUser };
}

import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { reserveSignUp } from "@/lib/auth/rate-limit";
import { describeWait } from "@/lib/auth/sign-in-errors";
import type { Role } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { firstFieldErrors, signUpSchema, type FieldErrors, type SignUpInput } from "@/lib/validations/auth";

export const DUPLICATE_EMAIL_MESSAGE =
  "An account with this email already exists. Sign in instead, or use another email.";

export type CreateAccountResult =
  | { ok: true; user: { id: string; email: string; role: Role } }
  | { ok: false; message: string; fieldErrors: FieldErrors<SignUpInput> };

/** Validates a sign-up, enforces the per-IP sign-up limit, and creates a candidate account. */
export async function createAccount(input: unknown, ip: string): Promise<CreateAccountResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, message: "Please fix the highlighted fields.", fieldErrors: firstFieldErrors(parsed.error) };
  }
  const { name, email, password } = parsed.data;

  const quota = await reserveSignUp(ip);
  if (!quota.allowed) {
    return {
      ok: false,
      message: `Too many accounts were created from your network. Try again in ${describeWait(quota.retryAfterSeconds)}.`,
      fieldErrors: {},
    };
  }

  const duplicate = {
    ok: false as const,
    message: DUPLICATE_EMAIL_MESSAGE,
    fieldErrors: { email: DUPLICATE_EMAIL_MESSAGE },
  };
  const prisma = getPrisma();
  // Checked first to spare a quarter-second hash; the unique index settles races.
  if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) return duplicate;

  try {
    const user = await prisma.user.create({
      data: { name, email, passwordHash: await hashPassword(password) },
      select: { id: true, email: true, role: true },
    });
    return { ok: true, user };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return duplicate;
    throw error;
  }
}

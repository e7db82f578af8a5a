import * as z from "@/lib/validations/zod";
import { text } from "@/lib/validations/text";

/** bcrypt reads at most 72 bytes of a password; longer ones would be silently truncated. */
export const PASSWORD_MAX_BYTES = 72;
export const PASSWORD_MIN_LENGTH = 10;

const email = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like ada@example.com."))
  .transform((value) => value.toLowerCase());

const newPassword = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .refine(
    (value) => new TextEncoder().encode(value).length <= PASSWORD_MAX_BYTES,
    `Use at most ${PASSWORD_MAX_BYTES} bytes (about ${PASSWORD_MAX_BYTES} plain letters).`,
  );

export const signUpSchema = z.object({
  name: text(80, "Keep your name under 80 characters.", "Enter your name.").trim().min(1, "Enter your name."),
  email,
  password: newPassword,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(1024),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** A reset link's secret: 32 random bytes in base64url (lib/auth/password-reset.ts). */
export const resetTokenSchema = z
  .string({ error: "This reset link is not valid." })
  .regex(/^[A-Za-z0-9_-]{43}$/, "This reset link is not valid. Check that you copied all of it, or ask for a new one.");

export const resetPasswordSchema = z.object({ token: resetTokenSchema, password: newPassword });

/** Whose password to reset: the account's email (an instructor's form, or the user's own request). */
export const issueResetSchema = z.object({ email });

/** Field-by-field messages for a form: the first message per field. */
export type FieldErrors<T> = Partial<Record<keyof T, string>>;

export function firstFieldErrors<T>(error: z.ZodError<T>): FieldErrors<T> {
  const out: FieldErrors<T> = {};
  for (const issue of error.issues) {
    const key = issue.path[0] as keyof T | undefined;
    if (key !== undefined && out[key] === undefined) out[key] = issue.message;
  }
  return out;
}

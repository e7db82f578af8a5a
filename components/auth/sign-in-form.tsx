"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { PasswordField } from "@/components/ui/password-field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { useHydrated } from "@/components/ui/use-hydrated";
import { enterAccount, KeepWorkChoice, useVisitorWorkChoice } from "@/components/visitor-work/keep-work-choice";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { formError, IDLE } from "@/lib/forms/form-state";
import { signInSchema } from "@/lib/validations/auth";

export function SignInForm({
  callbackPath,
  initialError,
  resetByEmail,
}: {
  callbackPath: string;
  initialError: string | null;
  /** Whether this server can email a reset link (SMTP_URL); otherwise an instructor or admin issues one. */
  resetByEmail: boolean;
}) {
  const hydrated = useHydrated();
  const choice = useVisitorWorkChoice();
  const form = useActionForm({
    schema: signInSchema,
    initial: { email: "", password: "" },
    action: async (_previous, data) => {
      const result = await signIn("credentials", {
        email: String(data.get("email")),
        password: String(data.get("password")),
        redirect: false,
      }).catch(() => null);
      if (!result) return formError("We could not reach the server. Check your connection and try again.");
      if (result.error || !result.ok) return formError(signInErrorMessage(result.error ?? "CredentialsSignin")!);
      await enterAccount(callbackPath, choice.keep ? choice.work : null);
      return { status: "ok", message: "Signed in. Opening your page…" };
    },
  });
  // A refusal that arrived in the URL (next-auth's ?error=) shows until the next attempt.
  const message = initialError && form.state === IDLE ? formError(signInErrorMessage(initialError)!) : form.message;

  return (
    <form {...form.formProps} className="flex flex-col gap-4" data-hydrated={hydrated || undefined}>
      <TextField label="Email" type="email" autoComplete="email" required {...form.field("email")} />
      <PasswordField label="Password" autoComplete="current-password" required {...form.field("password")} />
      <KeepWorkChoice {...choice} />
      <FormMessage state={message} />
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-sm text-muted" data-testid="forgot-password">
        Forgot your password?{" "}
        {resetByEmail ? (
          <Link href="/forgot-password">Get a reset link by email</Link>
        ) : (
          "This server sends no email: ask an instructor or an admin of this Tradeoff for a reset link."
        )}
      </p>
      <p className="text-sm text-muted">
        New here? <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackPath)}`}>Create an account</Link>
      </p>
    </form>
  );
}

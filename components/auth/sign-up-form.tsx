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
import { signUpAction } from "@/lib/accounts/actions";
import { formError } from "@/lib/forms/form-state";
import { PASSWORD_MIN_LENGTH, signUpSchema } from "@/lib/validations/auth";

export function SignUpForm({ callbackPath }: { callbackPath: string }) {
  const hydrated = useHydrated();
  const choice = useVisitorWorkChoice();
  const form = useActionForm({
    schema: signUpSchema,
    initial: { name: "", email: "", password: "" },
    action: async (previous, data) => {
      const created = await signUpAction(previous, data);
      if (created.status !== "ok") return created;
      const signedIn = await signIn("credentials", {
        email: String(data.get("email")),
        password: String(data.get("password")),
        redirect: false,
      });
      if (!signedIn?.ok) return formError("Your account was created, but signing in failed. Please sign in.");
      await enterAccount(callbackPath, choice.keep ? choice.work : null);
      return created;
    },
  });

  return (
    <form {...form.formProps} className="flex flex-col gap-4" data-hydrated={hydrated || undefined}>
      <TextField label="Name" autoComplete="name" required {...form.field("name")} />
      <TextField label="Email" type="email" autoComplete="email" required {...form.field("email")} />
      <PasswordField
        label="Password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short phrase is easier to remember.`}
        {...form.field("password")}
      />
      <KeepWorkChoice {...choice} />
      <FormMessage state={form.message} />
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-sm text-muted">
        Already have an account? <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`}>Sign in</Link>
      </p>
    </form>
  );
}

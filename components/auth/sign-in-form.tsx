"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useActionState, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useFocusFirstInvalid, useFormFields } from "@/components/ui/use-form-fields";
import { useHydrated } from "@/components/ui/use-hydrated";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { firstFieldErrors, signInSchema, type FieldErrors, type SignInInput } from "@/lib/validations/auth";

type SignInState = { message: string | null; fieldErrors: FieldErrors<SignInInput> };

export function SignInForm({ callbackPath, initialError }: { callbackPath: string; initialError: string | null }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const { values, field } = useFormFields({ email: "", password: "" });

  const [state, formAction, pending] = useActionState(
    async (): Promise<SignInState> => {
      const checked = signInSchema.safeParse(values);
      if (!checked.success) return { message: null, fieldErrors: firstFieldErrors(checked.error) };
      const result = await signIn("credentials", { ...checked.data, redirect: false }).catch(() => null);
      if (!result)
        return { message: "We could not reach the server. Check your connection and try again.", fieldErrors: {} };
      if (result.error || !result.ok) {
        return { message: signInErrorMessage(result.error ?? "CredentialsSignin"), fieldErrors: {} };
      }
      router.replace(callbackPath);
      router.refresh();
      return { message: null, fieldErrors: {} };
    },
    { message: signInErrorMessage(initialError), fieldErrors: {} },
  );

  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, state);

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="flex flex-col gap-4"
      data-hydrated={hydrated || undefined}
    >
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        required
        error={state.fieldErrors.email}
        {...field("email")}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors.password}
        {...field("password")}
      />
      <div aria-live="polite">{state.message ? <Alert tone="error">{state.message}</Alert> : null}</div>
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-sm text-muted">
        New here? <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackPath)}`}>Create an account</Link>
      </p>
    </form>
  );
}

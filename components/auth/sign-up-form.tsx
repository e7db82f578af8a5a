"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { signUpAction, type SignUpState } from "@/lib/accounts/sign-up-action";
import {
  firstFieldErrors,
  PASSWORD_MIN_LENGTH,
  signUpSchema,
  type FieldErrors,
  type SignUpInput,
} from "@/lib/validations/auth";

export function SignUpForm({ callbackPath }: { callbackPath: string }) {
  const router = useRouter();
  // Controlled fields: nothing the user typed is cleared when the server refuses it.
  const [values, setValues] = useState({ name: "", email: "", password: "" });

  const [state, formAction, pending] = useActionState(
    async (previous: SignUpState, formData: FormData) => {
      const checked = signUpSchema.safeParse(values);
      if (!checked.success) {
        return {
          status: "error",
          message: "Please fix the highlighted fields.",
          fieldErrors: firstFieldErrors(checked.error),
        } as const;
      }
      const result = await signUpAction(previous, formData);
      if (result.status !== "created") return result;
      const signedIn = await signIn("credentials", { email: values.email, password: values.password, redirect: false });
      if (!signedIn?.ok) {
        return {
          status: "error",
          message: "Your account was created, but signing in failed. Please sign in.",
          fieldErrors: {},
        } as const;
      }
      router.replace(callbackPath);
      router.refresh();
      return result;
    },
    { status: "idle" } satisfies SignUpState,
  );

  const errors: FieldErrors<SignUpInput> = state.status === "error" ? state.fieldErrors : {};
  const update = (field: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  return (
    <form action={formAction} noValidate className="flex flex-col gap-4" aria-describedby="signup-status">
      <TextField
        label="Name"
        name="name"
        autoComplete="name"
        required
        value={values.name}
        onChange={update("name")}
        error={errors.name}
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        value={values.email}
        onChange={update("email")}
        error={errors.email}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short phrase is easier to remember.`}
        value={values.password}
        onChange={update("password")}
        error={errors.password}
      />
      <div id="signup-status" aria-live="polite">
        {state.status === "error" && !Object.keys(errors).length ? <Alert tone="error">{state.message}</Alert> : null}
        {state.status === "created" ? <Alert tone="success">Account created. Signing you in…</Alert> : null}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-sm text-muted">
        Already have an account? <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`}>Sign in</Link>
      </p>
    </form>
  );
}

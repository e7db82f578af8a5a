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
  const hydrated = useHydrated();
  const { values, field } = useFormFields({ name: "", email: "", password: "" });

  const [state, formAction, pending] = useActionState(
    async (previous: SignUpState, formData: FormData): Promise<SignUpState> => {
      // The same schema the server applies, checked here first for instant feedback.
      const checked = signUpSchema.safeParse(values);
      if (!checked.success) {
        return {
          status: "error",
          message: "Please fix the highlighted fields.",
          fieldErrors: firstFieldErrors(checked.error),
        };
      }
      const result = await signUpAction(previous, formData);
      if (result.status !== "created") return result;
      const signedIn = await signIn("credentials", { email: values.email, password: values.password, redirect: false });
      if (!signedIn?.ok) {
        return {
          status: "error",
          message: "Your account was created, but signing in failed. Please sign in.",
          fieldErrors: {},
        };
      }
      router.replace(callbackPath);
      router.refresh();
      return result;
    },
    { status: "idle" },
  );

  const errors: FieldErrors<SignUpInput> = state.status === "error" ? state.fieldErrors : {};
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
      <TextField label="Name" autoComplete="name" required error={errors.name} {...field("name")} />
      <TextField label="Email" type="email" autoComplete="email" required error={errors.email} {...field("email")} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short phrase is easier to remember.`}
        error={errors.password}
        {...field("password")}
      />
      <div aria-live="polite">
        {state.status === "error" && Object.keys(errors).length === 0 ? (
          <Alert tone="error">{state.message}</Alert>
        ) : null}
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

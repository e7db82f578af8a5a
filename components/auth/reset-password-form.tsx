"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/ui/password-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { PASSWORD_MIN_LENGTH, resetPasswordSchema } from "@/lib/validations/auth";
import { checkResetAction, resetPasswordAction } from "@/lib/auth/reset-actions";
import type { LinkState } from "@/lib/auth/password-reset";

type Opened = { token: string; state: LinkState };

/**
 * The page a reset link opens. The secret is in the address's fragment, which
 * never reaches a server log; it is read here, taken out of the address bar
 * (and so out of history), and the link is checked before the user types.
 */
export function ResetPasswordForm() {
  const router = useRouter();
  const [link, setLink] = useState<Opened | null>(null);

  useEffect(() => {
    const token = window.location.hash.slice(1);
    if (token) window.history.replaceState(null, "", window.location.pathname);
    let live = true;
    checkResetAction(token)
      .then((state) => live && setLink({ token, state }))
      .catch(
        () =>
          live &&
          setLink({
            token,
            state: { ok: false, message: "We could not reach the server. Reload the page to try again." },
          }),
      );
    return () => {
      live = false;
    };
  }, []);

  const form = useActionForm({
    schema: resetPasswordSchema,
    initial: { password: "" },
    action: async (previous, data) => {
      const result = await resetPasswordAction(previous, data);
      if (result.status === "ok") router.push("/signin?reset=done");
      return result;
    },
  });

  if (!link) return <p role="status">Checking your link…</p>;
  if (!link.state.ok)
    return (
      <div className="flex flex-col gap-3">
        <Alert tone="error">{link.state.message}</Alert>
        <p className="text-sm text-muted">
          <Link href="/signin">Back to sign in</Link>
        </p>
      </div>
    );
  return (
    <form {...form.formProps} className="flex flex-col gap-4" data-hydrated>
      <p>
        Choose a new password for <strong>{link.state.name}</strong>. Every session of this account on other devices
        will be signed out.
      </p>
      <input type="hidden" name="token" value={link.token} />
      <PasswordField
        label="New password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        {...form.field("password")}
      />
      <FormMessage state={form.message} />
      <Button type="submit" disabled={form.pending || form.state.status === "ok"}>
        {form.pending ? "Saving…" : "Set the new password"}
      </Button>
    </form>
  );
}

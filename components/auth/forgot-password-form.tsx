"use client";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { useHydrated } from "@/components/ui/use-hydrated";
import { requestResetMailAction } from "@/lib/auth/reset-actions";
import { issueResetSchema } from "@/lib/validations/auth";

/** Asks for a reset link by email; the answer is the same whether or not the account exists. */
export function ForgotPasswordForm() {
  const hydrated = useHydrated();
  const form = useActionForm({ action: requestResetMailAction, schema: issueResetSchema, initial: { email: "" } });
  return (
    <form {...form.formProps} className="flex flex-col gap-4" data-hydrated={hydrated || undefined}>
      <TextField label="Email" type="email" autoComplete="email" required {...form.field("email")} />
      <FormMessage state={form.message} />
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Sending…" : "Email me a reset link"}
      </Button>
    </form>
  );
}

"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { issueResetAction } from "@/lib/auth/reset-actions";
import { issueResetSchema } from "@/lib/validations/auth";

/** Issues a one-time reset link for an account and shows it once, ready to copy. */
export function ResetLinkForm() {
  const form = useActionForm({ action: issueResetAction, schema: issueResetSchema, initial: { email: "" } });
  const [copied, setCopied] = useState<string | null>(null);
  const link =
    form.state.status === "ok" && form.state.link ? new URL(form.state.link, window.location.origin).href : null;

  return (
    <form {...form.formProps} className="flex flex-col gap-3" data-testid="reset-link-form">
      <div className="flex flex-wrap items-end gap-2">
        <TextField label="Account email" type="email" required className="min-w-64 flex-1" {...form.field("email")} />
        <Button type="submit" variant="secondary" disabled={form.pending}>
          {form.pending ? "Issuing…" : "Issue a reset link"}
        </Button>
      </div>
      <FormMessage state={form.message} />
      {link ? (
        <div className="flex flex-wrap items-end gap-2">
          <TextField
            label="Reset link"
            readOnly
            value={link}
            className="min-w-64 flex-1"
            onFocus={(e) => e.currentTarget.select()}
          />
          <Button
            variant="secondary"
            onClick={() =>
              navigator.clipboard
                ?.writeText(link)
                .then(() => setCopied(link))
                .catch(() => setCopied(null))
            }
          >
            {copied === link ? "Copied" : "Copy"}
          </Button>
        </div>
      ) : null}
    </form>
  );
}

"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { useActionForm } from "@/components/ui/use-action-form";

/** The frame of a "Start a …" form: its heading, its fields side by side, the server's message and the submit button. */
export function NewDocumentForm({
  form,
  heading,
  submit,
  children,
}: {
  form: Pick<ReturnType<typeof useActionForm>, "formProps" | "message" | "pending">;
  heading: string;
  submit: string;
  children: ReactNode;
}) {
  return (
    <form {...form.formProps} className="space-y-3 rounded-lg border border-border bg-surface p-4">
      <h2 className="text-lg font-semibold">{heading}</h2>
      <div className="grid gap-3 sm:grid-cols-2">{children}</div>
      <FormMessage state={form.message} />
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Creating…" : submit}
      </Button>
    </form>
  );
}

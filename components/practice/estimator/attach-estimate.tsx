"use client";

import Link from "next/link";
import { startTransition, useActionState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import type { FunnelInputs } from "@/lib/estimation/funnel";
import { formError, IDLE, type FormState } from "@/lib/forms/form-state";
import { attachEstimateAction } from "@/lib/worksheet/actions";

/** Attaches these inputs to the worksheet they came from, where they show and export with it. */
export function AttachEstimate({
  worksheet,
  inputs,
  backLink = true,
}: {
  worksheet: { id: string; title: string };
  inputs: FunnelInputs;
  /** A link back to the worksheet's page (not inside a mock interview, which must not be left). */
  backLink?: boolean;
}) {
  const [state, attach, pending] = useActionState<FormState, FunnelInputs>(async (previous, estimate) => {
    try {
      return await attachEstimateAction(worksheet.id, previous, estimate);
    } catch {
      return formError("You appear to be offline. Try again when you are connected.");
    }
  }, IDLE);
  // While attaching again, the last answer is no longer news.
  const shown = pending ? IDLE : state;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-md border border-border bg-surface p-4">
      <Button onClick={() => startTransition(() => attach(inputs))} disabled={pending}>
        {pending ? "Attaching…" : `Attach to “${worksheet.title}”`}
      </Button>
      {backLink ? (
        <Link href={`/practice/worksheet/${worksheet.id}`} className={buttonClasses("secondary")}>
          Back to the worksheet
        </Link>
      ) : null}
      <p role="status" className="text-sm">
        {shown.status === "ok" ? shown.message : null}
        {shown.status === "error" ? <span className="text-danger">Not attached: {shown.message}</span> : null}
      </p>
    </div>
  );
}

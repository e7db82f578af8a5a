"use client";

import Link from "next/link";
import { useState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import type { FunnelInputs } from "@/lib/estimation/funnel";

type State = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "error"; message: string };

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
  const [state, setState] = useState<State>({ kind: "idle" });
  const attach = async () => {
    setState({ kind: "saving" });
    try {
      const response = await fetch(`/api/worksheets/${worksheet.id}/estimate`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ estimate: inputs }),
      });
      if (response.ok) return setState({ kind: "saved" });
      const body = (await response.json().catch(() => null)) as { error?: string } | null;
      setState({ kind: "error", message: body?.error ?? `The server answered ${response.status}.` });
    } catch {
      setState({ kind: "error", message: "You appear to be offline. Try again when you are connected." });
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-md border border-border bg-surface p-4">
      <Button onClick={attach} disabled={state.kind === "saving"}>
        {state.kind === "saving" ? "Attaching…" : `Attach to “${worksheet.title}”`}
      </Button>
      {backLink ? (
        <Link href={`/practice/worksheet/${worksheet.id}`} className={buttonClasses("secondary")}>
          Back to the worksheet
        </Link>
      ) : null}
      <p role="status" className="text-sm">
        {state.kind === "saved" ? "Attached: the worksheet shows these figures and includes them in its export." : null}
        {state.kind === "error" ? <span className="text-danger">Not attached: {state.message}</span> : null}
      </p>
    </div>
  );
}

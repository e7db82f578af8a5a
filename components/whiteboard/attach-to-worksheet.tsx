"use client";

import Link from "next/link";
import { startTransition, useOptimistic, useState } from "react";
import { inputClasses } from "@/components/ui/field-styles";
import { attachDiagramAction } from "@/lib/diagrams/actions";
import { formError, IDLE, type FormState } from "@/lib/forms/form-state";

/** Attaches the diagram to one of the candidate's worksheets, where it is shown with the scoping. */
export function AttachToWorksheet({
  diagramId,
  worksheets,
  initial,
}: {
  diagramId: string;
  worksheets: { id: string; title: string }[];
  initial: string | null;
}) {
  const [worksheetId, setWorksheetId] = useState(initial ?? "");
  // The select shows the choice at once; a refused change falls back to the stored one when the action ends.
  const [shown, showChoice] = useOptimistic(worksheetId);
  const [result, setResult] = useState<FormState>(IDLE);
  if (worksheets.length === 0) {
    return (
      <p className="text-sm text-muted">
        <Link href="/practice/worksheet">Start a worksheet</Link> to attach this diagram to a design.
      </p>
    );
  }
  const change = (next: string) =>
    startTransition(async () => {
      showChoice(next);
      const answer = await attachDiagramAction(diagramId, next || null).catch(() =>
        formError("You appear to be offline. Try again when you are connected."),
      );
      startTransition(() => {
        if (answer.status === "ok") setWorksheetId(next);
        setResult(answer);
      });
    });
  return (
    <div className="flex flex-wrap items-end gap-3">
      <label className="space-y-1">
        <span className="text-sm font-medium">Attached to worksheet</span>
        <select className={inputClasses} value={shown} onChange={(event) => change(event.target.value)}>
          <option value="">None</option>
          {worksheets.map((worksheet) => (
            <option key={worksheet.id} value={worksheet.id}>
              {worksheet.title}
            </option>
          ))}
        </select>
      </label>
      <p role="status" className={result.status === "error" ? "text-sm text-danger" : "text-sm text-muted"}>
        {result.status === "ok" ? result.message : null}
        {result.status === "error" ? `Not changed: ${result.message}` : null}
      </p>
    </div>
  );
}

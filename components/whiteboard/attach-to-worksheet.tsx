"use client";

import Link from "next/link";
import { useState } from "react";
import { inputClasses } from "@/components/ui/field-styles";

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
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (worksheets.length === 0) {
    return (
      <p className="text-sm text-muted">
        <Link href="/practice/worksheet">Start a worksheet</Link> to attach this diagram to a design.
      </p>
    );
  }
  const change = async (next: string) => {
    const previous = worksheetId;
    setWorksheetId(next);
    try {
      const response = await fetch(`/api/diagrams/${diagramId}/worksheet`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ worksheetId: next || null }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        throw new Error(body?.error ?? `the server answered ${response.status}`);
      }
      setMessage({ ok: true, text: next ? "Attached: the worksheet shows this diagram." : "Detached." });
    } catch (error) {
      setWorksheetId(previous);
      setMessage({ ok: false, text: `Not changed: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  return (
    <div className="flex flex-wrap items-end gap-3">
      <label className="space-y-1">
        <span className="text-sm font-medium">Attached to worksheet</span>
        <select className={inputClasses} value={worksheetId} onChange={(event) => void change(event.target.value)}>
          <option value="">None</option>
          {worksheets.map((worksheet) => (
            <option key={worksheet.id} value={worksheet.id}>
              {worksheet.title}
            </option>
          ))}
        </select>
      </label>
      <p role="status" className={message?.ok === false ? "text-sm text-danger" : "text-sm text-muted"}>
        {message?.text}
      </p>
    </div>
  );
}

"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import { createDiagramAction, type NewDiagramState } from "@/lib/diagrams/diagram-actions";
import { TEMPLATES } from "@/lib/diagrams/templates";

/** Starts a diagram from a template (or blank). */
export function NewDiagramForm() {
  const [state, action, pending] = useActionState<NewDiagramState, FormData>(createDiagramAction, { status: "idle" });
  return (
    <form action={action} className="space-y-3 rounded-lg border border-border bg-surface p-4" noValidate>
      <h2 className="text-lg font-semibold">Start a diagram</h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="space-y-1">
          <span className="text-sm font-medium">Template</span>
          <select name="template" className={inputClasses} defaultValue={TEMPLATES[0]!.id}>
            {TEMPLATES.map((template) => (
              <option key={template.id} value={template.id}>
                {template.title}
              </option>
            ))}
            <option value="">Blank flowchart</option>
          </select>
        </label>
        <label className="space-y-1">
          <span className="text-sm font-medium">Title (optional)</span>
          <input name="title" className={inputClasses} maxLength={120} placeholder="Named after the template" />
        </label>
      </div>
      <div aria-live="polite">{state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}</div>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create diagram"}
      </Button>
    </form>
  );
}

"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import { PROMPTS } from "@/lib/prompts/bank";
import { createWorksheetAction, type NewWorksheetState } from "@/lib/worksheet/worksheet-actions";

/** Starts a worksheet for a prompt from the bank, or for a prompt of the learner's own. */
export function NewWorksheetForm() {
  const [state, action, pending] = useActionState<NewWorksheetState, FormData>(createWorksheetAction, {
    status: "idle",
  });
  const [promptId, setPromptId] = useState(PROMPTS[0]?.id ?? "");
  const [title, setTitle] = useState("");
  const error = state.status === "error" ? state : null;
  return (
    <form action={action} className="space-y-3 rounded-lg border border-border bg-surface p-4" noValidate>
      <h2 className="text-lg font-semibold">Start a worksheet</h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="space-y-1">
          <span className="text-sm font-medium">Prompt</span>
          <select
            name="promptId"
            className={inputClasses}
            value={promptId}
            onChange={(e) => setPromptId(e.target.value)}
          >
            {PROMPTS.map((prompt) => (
              <option key={prompt.id} value={prompt.id}>
                {prompt.title}
              </option>
            ))}
            <option value="">My own prompt (no reference answer)</option>
          </select>
        </label>
        <label className="space-y-1">
          <span className="text-sm font-medium">Title {promptId ? "(optional)" : ""}</span>
          <input
            name="title"
            className={inputClasses}
            value={title}
            maxLength={120}
            placeholder={PROMPTS.find((prompt) => prompt.id === promptId)?.title ?? "Design a …"}
            aria-invalid={error?.field === "title" || undefined}
            aria-describedby={error ? "new-worksheet-error" : undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
      </div>
      <div aria-live="polite">
        {error ? (
          <Alert tone="error">
            <span id="new-worksheet-error">{error.message}</span>
          </Alert>
        ) : null}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create worksheet"}
      </Button>
    </form>
  );
}

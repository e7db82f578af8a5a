"use client";

import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/fields";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { PROMPTS } from "@/lib/prompts/bank";
import { createWorksheetAction } from "@/lib/worksheet/actions";
import { newWorksheetForm } from "@/lib/worksheet/validations";

/** Starts a worksheet for a prompt from the bank, or for a prompt of the learner's own. */
export function NewWorksheetForm() {
  const form = useActionForm({
    action: createWorksheetAction,
    schema: newWorksheetForm,
    initial: { promptId: PROMPTS[0]?.id ?? "", title: "" },
  });
  const { promptId } = form.values;
  return (
    <form {...form.formProps} className="space-y-3 rounded-lg border border-border bg-surface p-4">
      <h2 className="text-lg font-semibold">Start a worksheet</h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Prompt" {...form.field("promptId")}>
          {PROMPTS.map((prompt) => (
            <option key={prompt.id} value={prompt.id}>
              {prompt.title}
            </option>
          ))}
          <option value="">My own prompt (no reference answer)</option>
        </SelectField>
        <TextField
          label={`Title${promptId ? " (optional)" : ""}`}
          maxLength={120}
          required={!promptId}
          placeholder={PROMPTS.find((prompt) => prompt.id === promptId)?.title ?? "Design a …"}
          {...form.field("title")}
        />
      </div>
      <FormMessage state={form.message} />
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Creating…" : "Create worksheet"}
      </Button>
    </form>
  );
}

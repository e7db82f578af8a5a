"use client";

import { NewDocumentForm } from "@/components/documents/new-document-form";
import { SelectField, TextField } from "@/components/ui/fields";
import { useActionForm } from "@/components/ui/use-action-form";
import { PROMPTS } from "@/lib/prompts/catalog";
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
    <NewDocumentForm form={form} heading="Start a worksheet" submit="Create worksheet">
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
    </NewDocumentForm>
  );
}

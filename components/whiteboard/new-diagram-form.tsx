"use client";

import { NewDocumentForm } from "@/components/documents/new-document-form";
import { SelectField, TextField } from "@/components/ui/fields";
import { useActionForm } from "@/components/ui/use-action-form";
import { createDiagramAction } from "@/lib/diagrams/actions";
import { TEMPLATES } from "@/lib/diagrams/templates";
import { newDiagramForm } from "@/lib/diagrams/validations";

/** Starts a diagram from a template (or blank). */
export function NewDiagramForm() {
  const form = useActionForm({
    action: createDiagramAction,
    schema: newDiagramForm,
    initial: { template: TEMPLATES[0]!.id, title: "" },
  });
  return (
    <NewDocumentForm form={form} heading="Start a diagram" submit="Create diagram">
      <SelectField label="Template" {...form.field("template")}>
        {TEMPLATES.map((template) => (
          <option key={template.id} value={template.id}>
            {template.title}
          </option>
        ))}
        <option value="">Blank flowchart</option>
      </SelectField>
      <TextField
        label="Title (optional)"
        maxLength={120}
        placeholder="Named after the template"
        {...form.field("title")}
      />
    </NewDocumentForm>
  );
}

"use client";

import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/fields";
import { FormMessage } from "@/components/ui/form-message";
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
    <form {...form.formProps} className="space-y-3 rounded-lg border border-border bg-surface p-4">
      <h2 className="text-lg font-semibold">Start a diagram</h2>
      <div className="grid gap-3 sm:grid-cols-2">
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
      </div>
      <FormMessage state={form.message} />
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Creating…" : "Create diagram"}
      </Button>
    </form>
  );
}

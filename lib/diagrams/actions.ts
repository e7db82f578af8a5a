"use server";

import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/session";
import { createDiagram } from "@/lib/diagrams/diagrams";
import { getTemplate } from "@/lib/diagrams/templates";
import { newDiagramForm } from "@/lib/diagrams/validations";
import { formError, parseForm, type FormState } from "@/lib/forms/form-state";
import { requestLogger } from "@/lib/log/request-logger";

/** Creates a diagram from the form on /practice/whiteboard and opens it. */
export async function createDiagramAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize();
  if (!access.ok) return formError(access.message);
  const parsed = parseForm(newDiagramForm, formData);
  if (!parsed.ok) return parsed.state;
  const { template, title } = parsed.data;
  let id: string;
  try {
    const name = title || (template ? getTemplate(template)?.title : "") || "Untitled diagram";
    id = (await createDiagram(access.user.id, { title: name, template })).diagram.id;
  } catch (error) {
    (await requestLogger()).error({ err: error }, "creating a diagram failed");
    return formError("We could not create the diagram just now. Please try again.");
  }
  redirect(`/practice/whiteboard/${id}`);
}

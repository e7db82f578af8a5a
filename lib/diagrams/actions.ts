"use server";

import { authorize } from "@/lib/auth/session";
import { attachDiagram, createDiagram } from "@/lib/diagrams/diagrams";
import { diagramKind } from "@/lib/diagrams/kind";
import { getTemplate } from "@/lib/diagrams/templates";
import { attachDiagramBody, diagramId, newDiagramForm } from "@/lib/diagrams/validations";
import { createAndOpen } from "@/lib/documents/create-and-open";
import { notFoundMessage } from "@/lib/documents/kind";
import { fieldErrorsOf, formError, type FormState } from "@/lib/forms/form-state";
import { requestLogger } from "@/lib/log/request-logger";
import { worksheetKind } from "@/lib/worksheet/kind";

/** Creates a diagram from the form on /practice/whiteboard and opens it. */
export async function createDiagramAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return createAndOpen(formData, newDiagramForm, {
    what: "diagram",
    create: async (userId, { template, title }) => {
      const name = title || (template ? getTemplate(template)?.title : "") || "Untitled diagram";
      return (await createDiagram(userId, { title: name, template })).diagram.id;
    },
    path: (id) => `/practice/whiteboard/${id}`,
  });
}

/**
 * Attaches one of the user's diagrams to one of their worksheets, where it is
 * shown with the scoping (null detaches it). Nothing is revalidated: the pages
 * that show the link are rendered per request, and revalidating would render
 * the whiteboard's own page again under the learner's hands.
 */
export async function attachDiagramAction(id: string, worksheetId: string | null): Promise<FormState> {
  const access = await authorize();
  if (!access.ok) return formError(access.message);
  const parsed = attachDiagramBody.safeParse({ worksheetId });
  if (!parsed.success) return formError("Choose one of your worksheets, or none.", fieldErrorsOf(parsed.error));
  const diagram = diagramId.safeParse(id);
  let outcome: Awaited<ReturnType<typeof attachDiagram>>;
  try {
    // A malformed id is "not found", exactly like another user's diagram.
    outcome = diagram.success ? await attachDiagram(access.user.id, diagram.data, parsed.data.worksheetId) : "missing";
  } catch (error) {
    (await requestLogger()).error({ err: error }, "attaching a diagram failed");
    return formError("We could not change the attachment just now. Please try again.");
  }
  if (outcome === "missing") return formError(notFoundMessage(diagramKind));
  if (outcome === "no-worksheet") return formError(notFoundMessage(worksheetKind));
  return {
    status: "ok",
    message: parsed.data.worksheetId ? "Attached: the worksheet shows this diagram." : "Detached.",
  };
}

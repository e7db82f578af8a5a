"use server";

import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/session";
import { createDiagram } from "@/lib/diagrams/diagrams";
import { getTemplate } from "@/lib/diagrams/templates";
import { createDiagramBody } from "@/lib/diagrams/validations";
import { requestLogger } from "@/lib/log/request-logger";

export type NewDiagramState = { status: "idle" } | { status: "error"; message: string };

/** Creates a diagram from the form on /practice/whiteboard and opens it. */
export async function createDiagramAction(_previous: NewDiagramState, formData: FormData): Promise<NewDiagramState> {
  const access = await authorize();
  if (!access.ok) return { status: "error", message: access.message };
  const template = String(formData.get("template") ?? "") || null;
  const typed = String(formData.get("title") ?? "").trim();
  const parsed = createDiagramBody.safeParse({
    title: typed || (template ? getTemplate(template)?.title : "") || "Untitled diagram",
    template,
  });
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? "Check the form." };
  let id: string;
  try {
    id = (await createDiagram(access.user.id, parsed.data)).diagram.id;
  } catch (error) {
    (await requestLogger()).error({ err: error }, "creating a diagram failed");
    return { status: "error", message: "We could not create the diagram just now. Please try again." };
  }
  redirect(`/practice/whiteboard/${id}`);
}

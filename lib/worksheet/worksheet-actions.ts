"use server";

import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/session";
import { requestLogger } from "@/lib/log/request-logger";
import { getPrompt } from "@/lib/prompts/bank";
import { createWorksheetBody } from "@/lib/worksheet/validations";
import { createWorksheet } from "@/lib/worksheet/worksheets";

export type NewWorksheetState = { status: "idle" } | { status: "error"; message: string; field?: "title" | "promptId" };

/** Creates a worksheet from the form on /practice/worksheet and opens it. */
export async function createWorksheetAction(
  _previous: NewWorksheetState,
  formData: FormData,
): Promise<NewWorksheetState> {
  const access = await authorize();
  if (!access.ok) return { status: "error", message: access.message };
  const promptId = String(formData.get("promptId") ?? "") || null;
  const typedTitle = String(formData.get("title") ?? "").trim();
  const parsed = createWorksheetBody.safeParse({
    title: typedTitle || (promptId ? getPrompt(promptId)?.title : "") || "",
    promptId,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      status: "error",
      message: issue?.message ?? "Check the form.",
      field: issue?.path[0] === "promptId" ? "promptId" : "title",
    };
  }
  let id: string;
  try {
    id = (await createWorksheet(access.user.id, parsed.data)).worksheet.id;
  } catch (error) {
    (await requestLogger()).error({ err: error }, "creating a worksheet failed");
    return { status: "error", message: "We could not create the worksheet just now. Please try again." };
  }
  redirect(`/practice/worksheet/${id}`);
}

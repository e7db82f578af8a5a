"use server";

import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/session";
import { formError, parseForm, type FormState } from "@/lib/forms/form-state";
import { requestLogger } from "@/lib/log/request-logger";
import { getPrompt } from "@/lib/prompts/bank";
import { newWorksheetForm } from "@/lib/worksheet/validations";
import { createWorksheet } from "@/lib/worksheet/worksheets";

/** Creates a worksheet from the form on /practice/worksheet and opens it. */
export async function createWorksheetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize();
  if (!access.ok) return formError(access.message);
  const parsed = parseForm(newWorksheetForm, formData);
  if (!parsed.ok) return parsed.state;
  const { promptId, title } = parsed.data;
  let id: string;
  try {
    const input = { title: title || getPrompt(promptId!)!.title, promptId };
    id = (await createWorksheet(access.user.id, input)).worksheet.id;
  } catch (error) {
    (await requestLogger()).error({ err: error }, "creating a worksheet failed");
    return formError("We could not create the worksheet just now. Please try again.");
  }
  redirect(`/practice/worksheet/${id}`);
}

import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { authorize } from "@/lib/auth/session";
import { formError, parseForm, type FormState } from "@/lib/forms/form-state";
import { requestLogger } from "@/lib/log/request-logger";

/**
 * The body of a "Start a …" form's server action: check the session and the
 * form, create the document, and open it. A failure to create is logged and
 * told to the user in words; their form keeps what they typed.
 */
export async function createAndOpen<Form>(
  formData: FormData,
  schema: z.ZodType<Form>,
  document: { what: string; create: (userId: string, form: Form) => Promise<string>; path: (id: string) => string },
): Promise<FormState> {
  const access = await authorize();
  if (!access.ok) return formError(access.message);
  const parsed = parseForm(schema, formData);
  if (!parsed.ok) return parsed.state;
  let id: string;
  try {
    id = await document.create(access.user.id, parsed.data);
  } catch (error) {
    (await requestLogger()).error({ err: error }, `creating a ${document.what} failed`);
    return formError(`We could not create the ${document.what} just now. Please try again.`);
  }
  redirect(document.path(id));
}

"use server";

import { authorize } from "@/lib/auth/session";
import { createAndOpen } from "@/lib/documents/create-and-open";
import { notFoundMessage } from "@/lib/documents/kind";
import type { FunnelInputs } from "@/lib/estimation/funnel";
import { fieldErrorsOf, formError, type FormState } from "@/lib/forms/form-state";
import { requestLogger } from "@/lib/log/request-logger";
import { promptTitle } from "@/lib/prompts/catalog";
import { worksheetKind } from "@/lib/worksheet/kind";
import { attachEstimateBody, newWorksheetForm, worksheetId } from "@/lib/worksheet/validations";
import { attachEstimate, createWorksheet } from "@/lib/worksheet/worksheets";

/** Creates a worksheet from the form on /practice/worksheet and opens it. */
export async function createWorksheetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return createAndOpen(formData, newWorksheetForm, {
    what: "worksheet",
    create: async (userId, { promptId, title }) =>
      (await createWorksheet(userId, { title: title || promptTitle(promptId!), promptId })).worksheet.id,
    path: (id) => `/practice/worksheet/${id}`,
  });
}

/**
 * Attaches the estimator's inputs to one of the user's worksheets (null
 * detaches them), where they show and export with it. For useActionState,
 * with the worksheet's id bound. Nothing is revalidated: the worksheet's page
 * is rendered per request, and revalidating would render the estimator again
 * under the learner (its "prefilled from" note would change mid-session).
 */
export async function attachEstimateAction(
  id: string,
  _previous: FormState,
  estimate: FunnelInputs | null,
): Promise<FormState> {
  const access = await authorize();
  if (!access.ok) return formError(access.message);
  const parsed = attachEstimateBody.safeParse({ estimate });
  if (!parsed.success) {
    return formError(
      "These figures cannot be attached: check the inputs marked in the estimator.",
      fieldErrorsOf(parsed.error),
    );
  }
  const worksheet = worksheetId.safeParse(id);
  let attached: boolean;
  try {
    attached = worksheet.success && (await attachEstimate(access.user.id, worksheet.data, parsed.data.estimate));
  } catch (error) {
    (await requestLogger()).error({ err: error }, "attaching an estimate failed");
    return formError("We could not attach the estimate just now. Please try again.");
  }
  // A malformed id is "not found", exactly like another user's worksheet.
  if (!attached) return formError(notFoundMessage(worksheetKind));
  return {
    status: "ok",
    message: parsed.data.estimate
      ? "Attached: the worksheet shows these figures and includes them in its export."
      : "Detached: the worksheet no longer shows an estimate.",
  };
}

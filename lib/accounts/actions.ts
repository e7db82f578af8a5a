"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { createAccount } from "@/lib/accounts/create-account";
import { setMentor } from "@/lib/accounts/mentor-roles";
import { clientIp } from "@/lib/auth/client-ip";
import { authorize } from "@/lib/auth/session";
import { formError, formObject, parseForm, type FormState } from "@/lib/forms/form-state";
import { requestLogger } from "@/lib/log/request-logger";
import { text } from "@/lib/validations/text";
import * as z from "@/lib/validations/zod";

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const log = await requestLogger();
  try {
    const requestHeaders = await headers();
    const result = await createAccount(
      formObject(formData),
      clientIp((name) => requestHeaders.get(name)),
    );
    if (!result.ok) return formError(result.message, result.fieldErrors);
    log.info({ userId: result.user.id }, "account created");
    return { status: "ok", message: "Account created. Signing you in…" };
  } catch (error) {
    log.error({ err: error }, "sign-up failed");
    return formError("We could not create your account just now. Please try again.");
  }
}

const mentorRoleForm = z.strictObject({ userId: text(100).min(1), grant: z.enum(["true", "false"]) });

/** Instructors and admins grant or revoke the mentor role. */
export async function mentorRoleAction(_state: FormState, form: FormData): Promise<FormState> {
  const access = await authorize("instructor");
  if (!access.ok) return formError(access.message);
  const parsed = parseForm(mentorRoleForm, form);
  if (!parsed.ok) return formError("That account cannot be changed.");
  const grant = parsed.data.grant === "true";
  if (!(await setMentor(parsed.data.userId, grant))) {
    return formError("That account cannot be changed (it may already have that role).");
  }
  revalidatePath("/instructor");
  return { status: "ok", message: grant ? "Mentor role granted." : "Mentor role revoked." };
}

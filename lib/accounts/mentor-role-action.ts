"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/validations/zod";
import { setMentor } from "@/lib/accounts/mentor-roles";
import { authorize } from "@/lib/auth/session";
import { formError, parseForm, type FormState } from "@/lib/forms/form-state";
import { text } from "@/lib/validations/text";

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

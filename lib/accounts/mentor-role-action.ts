"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setMentor } from "@/lib/accounts/mentor-roles";
import { authorize } from "@/lib/auth/session";

export type MentorRoleState = { status: "idle" } | { status: "error" | "ok"; message: string };

const input = z.strictObject({ userId: z.string().min(1).max(100), grant: z.enum(["true", "false"]) });

/** Instructors and admins grant or revoke the mentor role. */
export async function mentorRoleAction(_state: MentorRoleState, form: FormData): Promise<MentorRoleState> {
  const access = await authorize("instructor");
  if (!access.ok) return { status: "error", message: access.message };
  const parsed = input.safeParse({ userId: form.get("userId"), grant: form.get("grant") });
  if (!parsed.success) return { status: "error", message: "That account cannot be changed." };
  const grant = parsed.data.grant === "true";
  if (!(await setMentor(parsed.data.userId, grant))) {
    return { status: "error", message: "That account cannot be changed (it may already have that role)." };
  }
  revalidatePath("/instructor");
  return { status: "ok", message: grant ? "Mentor role granted." : "Mentor role revoked." };
}

"use server";

import { headers } from "next/headers";
import { createAccount } from "@/lib/accounts/create-account";
import { clientIp } from "@/lib/auth/client-ip";
import { requestLogger } from "@/lib/log/request-logger";
import type { FieldErrors, SignUpInput } from "@/lib/validations/auth";

export type SignUpState =
  | { status: "idle" }
  | { status: "created"; email: string }
  | { status: "error"; message: string; fieldErrors: FieldErrors<SignUpInput> };

export async function signUpAction(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const input = {
    name: formData.get("name") ?? undefined,
    email: formData.get("email") ?? undefined,
    password: formData.get("password") ?? undefined,
  };
  const log = await requestLogger();
  try {
    const result = await createAccount(input, clientIp((await headers()).get("x-forwarded-for")));
    if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
    log.info({ userId: result.user.id }, "account created");
    return { status: "created", email: result.user.email };
  } catch (error) {
    log.error({ err: error }, "sign-up failed");
    return {
      status: "error",
      message: "We could not create your account just now. Please try again.",
      fieldErrors: {},
    };
  }
}

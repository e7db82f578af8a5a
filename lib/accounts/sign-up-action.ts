"use server";

import { headers } from "next/headers";
import { createAccount } from "@/lib/accounts/create-account";
import { clientIp } from "@/lib/auth/client-ip";
import { formError, formObject, type FormState } from "@/lib/forms/form-state";
import { requestLogger } from "@/lib/log/request-logger";

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

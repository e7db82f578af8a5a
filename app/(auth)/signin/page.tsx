import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { resetByEmailEnabled } from "@/lib/auth/reset-mail";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackPath);
  const error = typeof params.error === "string" ? params.error : null;
  return (
    <>
      <h1 className="text-3xl font-bold">Sign in</h1>
      {params.reset === "done" ? (
        <Alert tone="success">Your password is changed. Sign in with the new one.</Alert>
      ) : null}
      <SignInForm callbackPath={callbackPath} initialError={error} resetByEmail={resetByEmailEnabled()} />
    </>
  );
}

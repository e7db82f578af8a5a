import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { resetByEmailEnabled } from "@/lib/auth/reset-mail";

export const metadata: Metadata = { title: "Forgot your password?" };
// Whether mail is configured is read when the page is asked for, not when it was built.
export const dynamic = "force-dynamic";

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Forgot your password?</h1>
      {resetByEmailEnabled() ? (
        <>
          <p>
            Enter the email you signed up with. We will send a link to choose a new password; it works once, for an
            hour.
          </p>
          <ForgotPasswordForm />
        </>
      ) : (
        <p>
          This Tradeoff server is not set up to send email. Ask an instructor or an admin for a reset link: they can
          make one for your account from the instructor desk. It works once, for an hour.
        </p>
      )}
      <p className="text-sm text-muted">
        <Link href="/signin">Back to sign in</Link>
      </p>
    </>
  );
}

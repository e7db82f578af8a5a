import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default function ResetPasswordPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Choose a new password</h1>
      <ResetPasswordForm />
    </>
  );
}

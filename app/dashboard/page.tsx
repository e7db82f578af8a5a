import type { Metadata } from "next";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePageAccess } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePageAccess("/dashboard");
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">Welcome, {user.name}</h1>
        <p className="text-muted">
          Signed in as {user.email} · <span data-testid="role">{ROLE_LABELS[user.role]}</span>
        </p>
      </div>
      <section aria-labelledby="progress-heading" className="rounded-lg border border-border bg-surface p-6">
        <h2 id="progress-heading" className="mb-2 text-xl font-semibold">
          Your progress
        </h2>
        <p className="text-muted">No lessons started yet. When you work through a lesson, your progress shows here.</p>
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Mentor desk" };

export default async function MentorPage() {
  const user = await requirePageAccess("/mentor", "mentor");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Mentor desk</h1>
      <p className="text-muted">Signed in as {user.name}. This area is for mentors and admins.</p>
      <section aria-labelledby="queue-heading" className="rounded-lg border border-border bg-surface p-6">
        <h2 id="queue-heading" className="mb-2 text-xl font-semibold">
          Review queue
        </h2>
        <p className="text-muted">
          No review requests are waiting. Requests from candidates appear here, oldest first.
        </p>
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Instructor desk" };

export default async function InstructorPage() {
  const user = await requirePageAccess("/instructor", "instructor");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Instructor desk</h1>
      <p className="text-muted">Signed in as {user.name}. This area is for instructors and admins.</p>
      <section aria-labelledby="chapters-heading" className="rounded-lg border border-border bg-surface p-6">
        <h2 id="chapters-heading" className="mb-2 text-xl font-semibold">
          Chapters
        </h2>
        <p className="text-muted">
          Chapters are MDX files in the <code>content/</code> folder of the repository. There are none yet.
        </p>
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { requirePageAccess } from "@/lib/auth/session";
import { getCatalog } from "@/lib/content/lessons";
import { MentorAccounts } from "@/components/instructor/mentor-accounts";
import { ResetLinkForm } from "@/components/instructor/reset-link-form";
import { accountListQuery, mentorCandidates } from "@/lib/accounts/mentor-roles";

export const metadata: Metadata = { title: "Instructor desk" };

export default async function InstructorPage({ searchParams }: PageProps<"/instructor">) {
  const user = await requirePageAccess("/instructor", "instructor");
  const query = accountListQuery.parse(await searchParams);
  const [{ lessons, broken }, accounts] = await Promise.all([getCatalog(), mentorCandidates(query)]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Instructor desk</h1>
      <p className="text-muted">Signed in as {user.name}. This area is for instructors and admins.</p>
      <section aria-labelledby="preview-heading" className="rounded-lg border border-border bg-surface p-6">
        <h2 id="preview-heading" className="mb-2 text-xl font-semibold">
          Write a lesson
        </h2>
        <p className="mb-4 text-muted">
          Lessons are MDX files in <code>content/</code>; content/README.md lists every block with its props. Try a
          lesson in the live preview first: it renders in your browser and is never saved.
        </p>
        <Link href="/instructor/preview" className={buttonClasses("primary")}>
          Open the live preview
        </Link>
      </section>
      <section aria-labelledby="chapters-heading" className="rounded-lg border border-border bg-surface p-6">
        <h2 id="chapters-heading" className="mb-2 text-xl font-semibold">
          Chapters in content/
        </h2>
        {lessons.length === 0 && broken.length === 0 ? (
          <p className="text-muted">There are no lessons in content/ yet.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {lessons.map((lesson) => (
              <li key={lesson.slug}>
                <Link href={`/learn/${lesson.slug}`}>
                  {lesson.label}: {lesson.frontMatter.title}
                </Link>{" "}
                <span className="text-sm text-muted">
                  ({lesson.file}, {lesson.analysis.sections.length} sections, {lesson.analysis.blocks.length} exercises)
                </span>
              </li>
            ))}
            {broken.map((entry) => (
              <li key={entry.file} className="text-danger">
                {entry.file}: {entry.analysis.errors.length} problem(s), first at line {entry.analysis.errors[0]?.line}:{" "}
                {entry.analysis.errors[0]?.message}
              </li>
            ))}
          </ul>
        )}
      </section>
      <MentorAccounts list={accounts} q={query.q} />
      <section aria-labelledby="reset-heading" className="rounded-lg border border-border bg-surface p-6">
        <h2 id="reset-heading" className="mb-2 text-xl font-semibold">
          Password reset links
        </h2>
        <p className="mb-4 text-muted">
          For someone who cannot sign in: make a link, then give it to them yourself (chat, in person). It works once,
          for an hour, and signs the account out everywhere when used. Only an admin can make one for an admin.
        </p>
        <ResetLinkForm />
      </section>
    </div>
  );
}

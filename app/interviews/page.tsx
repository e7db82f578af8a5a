import type { Metadata } from "next";
import Link from "next/link";
import { StartInterviewForm } from "@/components/interviews/action-forms";
import { RubricTable } from "@/components/interviews/rubric-table";
import { requirePageAccess } from "@/lib/auth/session";
import { listInterviews } from "@/lib/interviews/interviews";

export const metadata: Metadata = { title: "Mock interviews" };

const date = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

export default async function InterviewsPage() {
  const user = await requirePageAccess("/interviews");
  const interviews = await listInterviews(user.id);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Mock interviews</h1>
        <p className="max-w-prose text-muted">
          Work a prompt through the five stages of a real interview against the clock: scoping, estimation, high-level
          design, deep dive and wrap-up. Submit, rate yourself, then ask a mentor for a review.
        </p>
      </header>
      <RubricTable />
      <StartInterviewForm />
      <section aria-labelledby="mine" className="space-y-3">
        <h2 id="mine" className="text-xl font-semibold">
          Your interviews
        </h2>
        {interviews.length === 0 ? (
          <p className="text-muted">No mock interviews yet. Start one above.</p>
        ) : (
          <ul className="divide-y divide-border rounded-lg border border-border">
            {interviews.map((interview) => (
              <li key={interview.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
                <Link href={`/interviews/${interview.id}`} className="font-semibold">
                  {interview.title}
                </Link>
                <span className="text-sm text-muted">
                  {interview.lengthMinutes} min · started {date.format(new Date(interview.createdAt))} ·{" "}
                  {interview.iterations === 0 ? "in progress" : `${interview.iterations} submitted`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

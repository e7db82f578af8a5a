import type { Metadata } from "next";
import { OwnedList } from "@/components/documents/owned-list";
import { StartInterviewForm } from "@/components/interviews/action-forms";
import { RubricTable } from "@/components/interviews/rubric-table";
import { PageHeader } from "@/components/layout/page-header";
import { InterviewsExplainer } from "@/components/interviews/visitor-explainers";
import { getCurrentUser, requirePageAccess } from "@/lib/auth/session";
import { dateUtc } from "@/lib/format/date";
import { listInterviews } from "@/lib/interviews/interviews";

export const metadata: Metadata = { title: "Mock interviews" };

export default async function InterviewsPage() {
  // A visitor sees what the page is for before any sign-in form.
  if (!(await getCurrentUser())) return <InterviewsExplainer />;
  const user = await requirePageAccess("/interviews");
  const interviews = await listInterviews(user.id);
  return (
    <div className="space-y-8">
      <PageHeader title="Mock interviews">
        Work a prompt through the five stages of a real interview against the clock: scoping, estimation, high-level
        design, deep dive and wrap-up. Submit, rate yourself, then ask a mentor for a review.
      </PageHeader>
      <RubricTable />
      <StartInterviewForm />
      <OwnedList
        heading="Your interviews"
        empty="No mock interviews yet. Start one above."
        items={interviews}
        href={(interview) => `/interviews/${interview.id}`}
        detail={(interview) =>
          `${interview.lengthMinutes} min · started ${dateUtc.format(new Date(interview.createdAt))} · ${
            interview.iterations === 0 ? "in progress" : `${interview.iterations} submitted`
          }`
        }
      />
    </div>
  );
}

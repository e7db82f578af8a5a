import type { Metadata } from "next";
import { CourseProgressPanel } from "@/components/dashboard/course-progress-panel";
import { InterviewPanels } from "@/components/dashboard/interview-panels";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePageAccess } from "@/lib/auth/session";
import { courseProgress } from "@/lib/progress/course-progress";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePageAccess("/dashboard");
  const progress = await courseProgress(user.id);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">Welcome, {user.name}</h1>
        <p className="text-muted">
          Signed in as {user.email} · <span data-testid="role">{ROLE_LABELS[user.role]}</span>
        </p>
      </div>
      <CourseProgressPanel progress={progress} />
      <InterviewPanels user={user} />
    </div>
  );
}

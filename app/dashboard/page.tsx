import type { Metadata } from "next";
import { cookies } from "next/headers";
import { CourseProgressPanel } from "@/components/dashboard/course-progress-panel";
import { HabitPanel } from "@/components/dashboard/habit-panel";
import { InterviewPanels } from "@/components/dashboard/interview-panels";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePageAccess } from "@/lib/auth/session";
import { courseProgress } from "@/lib/progress/course-progress";
import { habitSummary } from "@/lib/review/habit-data";
import { requestNow } from "@/lib/time/request-now";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePageAccess("/dashboard");
  const progress = await courseProgress(user.id);
  const habit = await habitSummary(user.id, requestNow(await cookies()), progress);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">Welcome, {user.name}</h1>
        <p className="text-muted">
          Signed in as {user.email} · <span data-testid="role">{ROLE_LABELS[user.role]}</span>
        </p>
      </div>
      <HabitPanel habit={habit} />
      <CourseProgressPanel progress={progress} />
      <InterviewPanels user={user} />
    </div>
  );
}

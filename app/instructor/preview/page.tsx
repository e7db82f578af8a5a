import type { Metadata } from "next";
import { LessonPreview } from "@/components/instructor/lesson-preview";
import { requirePageAccess } from "@/lib/auth/session";
import { getCheckContext } from "@/lib/content/lessons";

export const metadata: Metadata = { title: "Lesson preview" };

export default async function LessonPreviewPage() {
  await requirePageAccess("/instructor/preview", "instructor");
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-3xl font-bold">Lesson preview</h1>
        <p className="text-muted">
          Write or paste a lesson to see it as learners will, with the same blocks. The guide to every block is in
          content/README.md.
        </p>
      </div>
      <LessonPreview context={await getCheckContext()} />
    </div>
  );
}

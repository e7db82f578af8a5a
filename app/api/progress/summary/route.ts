import { apiUser } from "@/lib/auth/api-guard";
import { courseProgress } from "@/lib/progress/course-progress";

export const dynamic = "force-dynamic";

/** Per-lesson progress for the course page, which is prerendered and fills this in the browser. */
export async function GET() {
  const access = await apiUser();
  if (!access.ok) return access.response;
  const progress = await courseProgress(access.user.id);
  const lessons = Object.fromEntries(
    progress.parts.flatMap((part) => part.lessons).map((lesson) => [lesson.slug, lesson]),
  );
  return Response.json({ lessons }, { headers: { "Cache-Control": "no-store" } });
}

import type { NextRequest } from "next/server";
import { sessionUserId } from "@/lib/auth/api-guard";
import { SIGN_IN_REQUIRED } from "@/lib/auth/roles";
import { jsonError } from "@/lib/http/json";
import { courseProgress } from "@/lib/progress/course-progress";

export const dynamic = "force-dynamic";

/** Per-lesson progress for the course page, which is prerendered and fills this in the browser. */
export async function GET(request: NextRequest) {
  const userId = await sessionUserId(request.cookies);
  if (!userId) return jsonError(401, SIGN_IN_REQUIRED);
  const progress = await courseProgress(userId);
  const lessons = Object.fromEntries(
    progress.parts.flatMap((part) => part.lessons).map((lesson) => [lesson.slug, lesson]),
  );
  return Response.json({ lessons }, { headers: { "Cache-Control": "no-store" } });
}

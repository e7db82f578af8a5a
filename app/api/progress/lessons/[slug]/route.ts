import type { NextRequest } from "next/server";
import { sessionUserId } from "@/lib/auth/api-guard";
import { SIGN_IN_REQUIRED } from "@/lib/auth/roles";
import { getLesson } from "@/lib/content/lessons";
import { jsonError, readJsonBody } from "@/lib/http/json";
import { listLessonAttempts } from "@/lib/progress/attempts";
import { getLessonProgress, recordLessonProgress } from "@/lib/progress/lesson-progress";
import { lessonProgressBody, lessonSlug } from "@/lib/progress/validations";

export const dynamic = "force-dynamic";

async function findLesson(params: Promise<{ slug: string }>) {
  const slug = lessonSlug.safeParse((await params).slug);
  return slug.success ? getLesson(slug.data) : null;
}

/** The signed-in user's answers and reading progress in one lesson. */
export async function GET(request: NextRequest, { params }: RouteContext<"/api/progress/lessons/[slug]">) {
  const userId = await sessionUserId(request.cookies);
  if (!userId) return jsonError(401, SIGN_IN_REQUIRED);
  const lesson = await findLesson(params);
  if (!lesson) return jsonError(404, "There is no such lesson.");
  const [attempts, progress] = await Promise.all([
    listLessonAttempts(userId, lesson.slug),
    getLessonProgress(userId, lesson.slug),
  ]);
  return Response.json({ attempts, progress }, { headers: { "Cache-Control": "no-store" } });
}

/** Merges reached sections, the last section read and completion into the user's progress. */
export async function PUT(request: NextRequest, { params }: RouteContext<"/api/progress/lessons/[slug]">) {
  const userId = await sessionUserId(request.cookies);
  if (!userId) return jsonError(401, SIGN_IN_REQUIRED);
  const lesson = await findLesson(params);
  if (!lesson) return jsonError(404, "There is no such lesson.");
  const body = await readJsonBody(request, lessonProgressBody);
  if (!body.ok) return body.response;
  const known = new Set(lesson.analysis.sections.map((section) => section.id));
  const unknown = [...body.data.sectionsReached, body.data.lastSection ?? ""].filter((id) => id && !known.has(id));
  if (unknown.length) return jsonError(422, `This lesson has no section "${unknown[0]}".`);
  const progress = await recordLessonProgress(userId, lesson.slug, body.data);
  return Response.json({ progress }, { headers: { "Cache-Control": "no-store" } });
}

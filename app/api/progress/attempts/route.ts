import { apiUser } from "@/lib/auth/api-guard";
import { readJsonBody } from "@/lib/http/json";
import { requestLogger } from "@/lib/log/request-logger";
import { saveAttempts } from "@/lib/progress/attempts";
import { saveAttemptsBody } from "@/lib/progress/validations";

export const dynamic = "force-dynamic";

/**
 * Saves committed answers. A route handler rather than a server action: the
 * browser's save queue replays it with retries (and on page exit), and the
 * progress benchmark drives it directly. Each attempt gets its own result.
 */
export async function POST(request: Request) {
  const access = await apiUser();
  if (!access.ok) return access.response;
  const body = await readJsonBody(request, saveAttemptsBody);
  if (!body.ok) return body.response;
  try {
    const results = await saveAttempts(access.user.id, body.data.attempts);
    return Response.json({ results }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    (await requestLogger()).error({ err: error, userId: access.user.id }, "saving attempts failed");
    return Response.json({ error: "Your answers could not be saved just now; they will be retried." }, { status: 503 });
  }
}

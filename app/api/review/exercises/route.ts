import type { NextRequest } from "next/server";
import { jsonError } from "@/lib/http/json";
import { reviewExercise } from "@/lib/review/exercise";
import { keyParts } from "@/lib/review/queue";
import { cardKey } from "@/lib/review/validations";

/** The most exercises one request asks for: a review session loads its cards a screenful at a time. */
const MAX_KEYS = 30;

/**
 * The exercises review cards ask, by `card=<lesson>/<block>/<part>`
 * (repeated). Lesson content is public, so this serves visitors' local
 * queues too; it holds nothing of anyone's. Unknown cards come back as null.
 */
export async function GET(request: NextRequest) {
  const raw = request.nextUrl.searchParams.getAll("card");
  if (raw.length === 0) return jsonError(400, "Name at least one card: ?card=<lesson>/<exercise>/<part>.");
  if (raw.length > MAX_KEYS) return jsonError(400, `Ask for at most ${MAX_KEYS} cards at once.`);
  const keys = [];
  for (const value of raw) {
    const parsed = cardKey.safeParse(keyParts(value));
    if (!parsed.success)
      return jsonError(
        400,
        `"${value}" is not a card: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}`,
      );
    keys.push(parsed.data);
  }
  const exercises = await Promise.all(keys.map(reviewExercise));
  return Response.json({ exercises }, { headers: { "Cache-Control": "public, max-age=300" } });
}

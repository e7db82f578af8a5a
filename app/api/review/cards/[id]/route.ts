import type { NextRequest } from "next/server";
import { sessionUserId } from "@/lib/auth/api-guard";
import { SIGN_IN_REQUIRED } from "@/lib/auth/roles";
import { jsonError } from "@/lib/http/json";
import { cardWithHistory, removeCard } from "@/lib/review/cards";
import { cardId } from "@/lib/review/validations";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

// Another learner's card is answered exactly like a card that does not exist.
const NOT_FOUND = "There is no such review card.";

/** One of the learner's cards with its reviews. */
export async function GET(request: NextRequest, { params }: Context) {
  const userId = await sessionUserId(request.cookies);
  if (!userId) return jsonError(401, SIGN_IN_REQUIRED);
  const id = cardId.safeParse((await params).id);
  const card = id.success ? await cardWithHistory(userId, id.data) : null;
  return card ? Response.json(card, { headers: { "Cache-Control": "no-store" } }) : jsonError(404, NOT_FOUND);
}

/** Takes a card out of the learner's reviews ("I know this now"); a later miss makes it again. */
export async function DELETE(request: NextRequest, { params }: Context) {
  const userId = await sessionUserId(request.cookies);
  if (!userId) return jsonError(401, SIGN_IN_REQUIRED);
  const id = cardId.safeParse((await params).id);
  return id.success && (await removeCard(userId, id.data))
    ? new Response(null, { status: 204 })
    : jsonError(404, NOT_FOUND);
}

import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { sessionUserId } from "@/lib/auth/api-guard";
import { SIGN_IN_REQUIRED } from "@/lib/auth/roles";
import { notFoundMessage, type AnyDocumentKind } from "@/lib/documents/kind";
import { documentOrigin } from "@/lib/documents/origin";
import type { SaveOutcome } from "@/lib/documents/store";
import { jsonError, readJsonBody } from "@/lib/http/json";
import { ownedByInterview } from "@/lib/interviews/interviews";

const noStore = { "Cache-Control": "no-store" };
type Params = { params: Promise<{ id: string }> };

/**
 * For handlers under /api/<documents>/[id]: the signed-in user and a
 * well-formed id, or the response refusing the request. A malformed id is
 * "not found", exactly like another user's document, so ids cannot be probed.
 */
export function ownerCaller(id: z.ZodType<string>, notFound: string) {
  return async (request: NextRequest, { params }: Params) => {
    const userId = await sessionUserId(request.cookies);
    if (!userId) return { refusal: jsonError(401, SIGN_IN_REQUIRED) } as const;
    const parsed = id.safeParse((await params).id);
    if (!parsed.success) return { refusal: jsonError(404, notFound) } as const;
    return { userId, id: parsed.data } as const;
  };
}

/** The answer to a versioned save: the new version, 409 with the stored copy, or 404. */
export function versionedPutResponse<Saved extends object>(
  outcome: SaveOutcome<Saved, unknown>,
  messages: { notFound: string; conflict: string },
): Response {
  if (outcome.status === "missing") return jsonError(404, messages.notFound);
  if (outcome.status === "conflict") return jsonError(409, messages.conflict, { current: outcome.current });
  const { status: _status, ...saved } = outcome;
  return Response.json(saved, { headers: noStore });
}

/** GET the user's documents (or, with ?origin=<lesson>/<block>, the one started there) and POST a new one. */
export function collectionRoutes(kind: AnyDocumentKind) {
  return {
    async GET(request: NextRequest) {
      const userId = await sessionUserId(request.cookies);
      if (!userId) return jsonError(401, SIGN_IN_REQUIRED);
      const origin = request.nextUrl.searchParams.get("origin");
      if (origin === null) return Response.json({ [kind.many]: await kind.list(userId) }, { headers: noStore });
      const parsed = documentOrigin.safeParse(origin);
      if (!parsed.success) return jsonError(400, `Invalid origin: ${parsed.error.issues[0]?.message}`);
      const stored = await kind.findByOrigin(userId, parsed.data);
      return stored
        ? Response.json({ [kind.one]: stored }, { headers: noStore })
        : jsonError(404, `No ${kind.one} has been started here yet.`);
    },
    /** 201 for a new document; 200 when a lesson block's document already existed. */
    async POST(request: NextRequest) {
      const userId = await sessionUserId(request.cookies);
      if (!userId) return jsonError(401, SIGN_IN_REQUIRED);
      const body = await readJsonBody(request, kind.createBody);
      if (!body.ok) return body.response;
      const { stored, created } = await kind.create(userId, body.data);
      return Response.json({ [kind.one]: stored }, { status: created ? 201 : 200, headers: noStore });
    },
  };
}

/** GET, PUT (a versioned save) and DELETE one of the user's documents. */
export function itemRoutes(kind: AnyDocumentKind) {
  const notFound = notFoundMessage(kind);
  const caller = ownerCaller(kind.id, notFound);
  return {
    async GET(request: NextRequest, context: Params) {
      const who = await caller(request, context);
      if ("refusal" in who) return who.refusal;
      const stored = await kind.get(who.userId, who.id);
      return stored ? Response.json({ [kind.one]: stored }, { headers: noStore }) : jsonError(404, notFound);
    },
    /** Saves a new version; 409 with the stored copy when it changed since `baseVersion`. */
    async PUT(request: NextRequest, context: Params) {
      const who = await caller(request, context);
      if ("refusal" in who) return who.refusal;
      const body = await readJsonBody(request, kind.saveBody);
      if (!body.ok) return body.response;
      return versionedPutResponse(await kind.save(who.userId, who.id, body.data), {
        notFound,
        conflict: `This ${kind.one} was changed elsewhere (another tab or device) since you opened it.`,
      });
    },
    async DELETE(request: NextRequest, context: Params) {
      const who = await caller(request, context);
      if ("refusal" in who) return who.refusal;
      const outcome = await kind.remove(who.userId, who.id);
      if (outcome === "missing") return jsonError(404, notFound);
      if (outcome === "owned") return jsonError(409, ownedByInterview(kind.one));
      return new Response(null, { status: 204 });
    },
  };
}

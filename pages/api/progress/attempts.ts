import type { NextApiRequest, NextApiResponse } from "next";
import { cookieJar, sessionUserId } from "@/lib/auth/api-guard";
import { SIGN_IN_REQUIRED } from "@/lib/auth/roles";
import { MAX_JSON_BYTES, parseJsonBody } from "@/lib/http/json";
import { logger } from "@/lib/log/logger";
import { resolveRequestId } from "@/lib/log/request-id";
import { isMissingUser, saveAttempts } from "@/lib/progress/attempts";
import { saveAttemptsBody } from "@/lib/progress/validations";
import { requestNow } from "@/lib/time/request-now";

// Saving an answer is the hottest request in the app: every exercise commit
// sends one. It is the one route served by the Pages Router, whose API routes
// work on Node's request and response directly; measured on the target
// machine, that handles about twice the requests per second of an App Router
// route handler (no web Request/Response streams per call). Everything it
// does is in lib/, shared with the rest of the app.
export const config = { api: { bodyParser: false } };

function readBody(req: NextApiRequest, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > limit ? null : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export default async function saveAttemptsRoute(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader("Cache-Control", "no-store");
  if (req.method !== "POST") {
    res.setHeader("Allow", "POST");
    return res.status(405).json({ error: "Use POST to save answers." });
  }
  const cookies = cookieJar(req.cookies);
  const userId = await sessionUserId(cookies);
  if (!userId) return res.status(401).json({ error: SIGN_IN_REQUIRED });

  const text = await readBody(req, MAX_JSON_BYTES);
  if (text === null) return res.status(413).json({ error: `The body is too large (limit ${MAX_JSON_BYTES} bytes).` });
  const body = parseJsonBody(req.headers["content-type"], text, saveAttemptsBody);
  if (!body.ok)
    return res.status(body.status).json({ error: body.error, ...(body.issues ? { issues: body.issues } : {}) });

  try {
    return res.status(200).json({ results: await saveAttempts(userId, body.data.attempts, requestNow(cookies)) });
  } catch (error) {
    if (isMissingUser(error))
      return res.status(401).json({ error: "Your account no longer exists. Please sign in again." });
    const header = req.headers["x-request-id"];
    logger.error(
      { err: error, userId, requestId: resolveRequestId(Array.isArray(header) ? header[0]! : (header ?? null)) },
      "saving attempts failed",
    );
    return res.status(503).json({ error: "Your answers could not be saved just now; they will be retried." });
  }
}

import "server-only";
import { getPrisma } from "@/lib/db/client";

/**
 * Sessions are JWTs, so nothing on the server lists them to delete. Instead
 * each token carries the account's session epoch from when it was signed in,
 * and a new password moves the epoch on: every older token stops matching.
 * Tokens from before epochs existed carry none and count as epoch 0.
 */
export class SessionEndedError extends Error {
  override name = "SessionEndedError";
  constructor() {
    super("This session was ended (the password changed or the account is gone).");
  }
}

/** The account behind a session token, read live, or null when the account is gone or the session was ended. */
export async function liveSessionUser(id: string, epoch: number | undefined) {
  const user = await getPrisma().user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, sessionEpoch: true },
  });
  return user && user.sessionEpoch === (epoch ?? 0) ? user : null;
}

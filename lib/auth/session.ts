import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { decideAccess, type AccessDecision, type Area, type Role } from "@/lib/auth/roles";

export type CurrentUser = { id: string; name: string; email: string; role: Role };

/**
 * The signed-in user, once per request. The session's jwt callback (options.ts)
 * has just read the account live, so a revoked role, a deleted account or a
 * reset password takes effect at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
});

/** For server actions and route handlers: the user, or a 401/403 refusal to return as the result. */
export async function authorize(area?: Area): Promise<AccessDecision<CurrentUser>> {
  return decideAccess(await getCurrentUser(), area);
}

/**
 * For pages: the user; otherwise a redirect to sign-in that comes back to
 * `returnTo`, or, for a user outside `area`, the 403 "not allowed" page.
 */
export async function requirePageAccess(returnTo: string, area?: Area): Promise<CurrentUser> {
  const access = await authorize(area);
  if (access.ok) return access.user;
  if (access.status === 401) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  forbidden();
}

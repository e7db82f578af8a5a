import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { decideAccess, type AccessDecision, type Area, type Role } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db/client";

export type CurrentUser = { id: string; name: string; email: string; role: Role };

/**
 * The signed-in user, read fresh from the database (once per request): the JWT
 * only proves who they are; their role and existence are checked live, so a
 * revoked role or a deleted account takes effect at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  return getPrisma().user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true },
  });
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

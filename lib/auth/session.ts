import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { canEnter, type Area, type Role } from "@/lib/auth/roles";
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

/** For pages: the user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For pages in a restricted area: signed-out users sign in; others get a 403 "not allowed" page. */
export async function requireArea(area: Area, returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!canEnter(user.role, area)) forbidden();
  return user;
}

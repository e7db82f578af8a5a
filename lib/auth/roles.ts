import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

export const ROLE_LABELS: Record<Role, string> = {
  CANDIDATE: "Candidate",
  MENTOR: "Mentor",
  INSTRUCTOR: "Instructor",
  ADMIN: "Admin",
};

/** Who may enter each restricted area of the app. Admins may enter all of them. */
export const AREA_ROLES = {
  mentor: ["MENTOR", "ADMIN"],
  instructor: ["INSTRUCTOR", "ADMIN"],
  admin: ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Area = keyof typeof AREA_ROLES;

export function canEnter(role: Role, area: Area): boolean {
  return (AREA_ROLES[area] as readonly Role[]).includes(role);
}

export const SIGN_IN_REQUIRED = "Please sign in to continue.";

export type AccessDecision<U> = { ok: true; user: U } | { ok: false; status: 401 | 403; message: string };

/**
 * The one rule behind every guard: no user is 401, a user outside the area is
 * 403. Pages turn the refusal into a redirect or the 403 page; server actions
 * and route handlers return it as their error.
 */
export function decideAccess<U extends { role: Role }>(user: U | null, area?: Area): AccessDecision<U> {
  if (!user) return { ok: false, status: 401, message: SIGN_IN_REQUIRED };
  if (area && !canEnter(user.role, area)) {
    return { ok: false, status: 403, message: "You are not allowed to do this." };
  }
  return { ok: true, user };
}

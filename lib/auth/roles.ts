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

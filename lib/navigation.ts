import { AREA_ROLES, type Role } from "@/lib/auth/roles";

export type NavItem = { href: string; label: string; roles?: readonly Role[] };

/** Header links for signed-in users; a link with `roles` shows only to those roles. */
export const ACCOUNT_NAV: readonly NavItem[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/mentor", label: "Mentor desk", roles: AREA_ROLES.mentor },
  { href: "/instructor", label: "Instructor desk", roles: AREA_ROLES.instructor },
];

export function navFor(role: Role): NavItem[] {
  return ACCOUNT_NAV.filter((item) => !item.roles || item.roles.includes(role));
}

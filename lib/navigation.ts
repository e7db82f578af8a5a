import { AREA_ROLES, type Role } from "@/lib/auth/roles";

export type NavItem = { href: string; label: string; roles?: readonly Role[] };

/** The course's sections: in the header from wide screens up, in the menu below. */
export const MAIN_NAV: readonly NavItem[] = [
  { href: "/learn", label: "Learn" },
  { href: "/practice", label: "Practice" },
  { href: "/review", label: "Review" },
  { href: "/interviews", label: "Interviews" },
  { href: "/search", label: "Search" },
];

/** Whether `href` is the section the reader is in. */
export function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The account menu's links for signed-in users; a link with `roles` shows only to those roles. */
export const ACCOUNT_NAV: readonly NavItem[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/mentor", label: "Mentor desk", roles: AREA_ROLES.mentor },
  { href: "/instructor", label: "Instructor desk", roles: AREA_ROLES.instructor },
];

export function navFor(role: Role): NavItem[] {
  return ACCOUNT_NAV.filter((item) => !item.roles || item.roles.includes(role));
}

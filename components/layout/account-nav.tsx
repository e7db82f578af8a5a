"use client";

import { usePathname, useRouter } from "next/navigation";
import type { Session } from "next-auth";
import { signOut, useSession } from "next-auth/react";
import { NavLinks } from "@/components/layout/nav-links";
import { useUnreadNotifications } from "@/components/layout/use-unread-notifications";
import { buttonClasses } from "@/components/ui/button";
import { IntentLink as Link } from "@/components/ui/intent-link";
import { useDisclosure } from "@/components/ui/use-disclosure";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { cn } from "@/lib/cn";
import { navFor } from "@/lib/navigation";
import { plural } from "@/lib/format/plural";

/**
 * The account's end of the header. It reads the session in the browser so
 * that every page can still be prerendered.
 */
export function AccountNav() {
  const { data: session, status } = useSession();
  if (session) return <SignedIn user={session.user} />;
  return <SignedOut loading={status === "loading"} />;
}

function SignedOut({ loading }: { loading: boolean }) {
  const pathname = usePathname() ?? "";
  const router = useRouter();
  // Signing in comes back to this page (the query string is added on click: reading it
  // while rendering would stop every page from being prerendered).
  const onAuthPage = pathname === "/signin" || pathname === "/signup";
  const back = (page: "/signin" | "/signup", path = pathname) =>
    onAuthPage ? page : `${page}?callbackUrl=${encodeURIComponent(path)}`;
  const withQuery = (page: "/signin" | "/signup") => (event: React.MouseEvent<HTMLAnchorElement>) => {
    if (onAuthPage || !window.location.search) return;
    event.preventDefault();
    router.push(back(page, pathname + window.location.search));
  };
  // While the session loads, hold the links' place (invisible), so nothing shifts.
  return (
    <div className={cn("flex items-center gap-2", loading && "invisible")} aria-hidden={loading || undefined}>
      <Link href={back("/signin")} className={buttonClasses("ghost")} onClick={withQuery("/signin")}>
        Sign in
      </Link>
      {/* Below 640 px "Create account" is in the menu, so the row still fits a phone. */}
      <Link href={back("/signup")} className={buttonClasses("primary", "max-sm:hidden")} onClick={withQuery("/signup")}>
        Create account
      </Link>
    </div>
  );
}

function initials(name: string, email: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length ? words.slice(0, 2).map((word) => word[0]) : [email[0] ?? "?"];
  return letters.join("").toUpperCase();
}

function SignedIn({ user }: { user: Session["user"] }) {
  const unread = useUnreadNotifications(true);
  const { open, container, buttonProps, panelId } = useDisclosure();
  const unreadText = unread ? plural(unread, "unread notification") : "no unread notifications";
  return (
    <div className="flex items-center gap-2">
      <Link
        href="/dashboard#notifications"
        aria-label={`Notifications: ${unreadText}`}
        className={buttonClasses("ghost", "relative", "sm")}
      >
        <svg aria-hidden viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.6">
          <path d="M10 2.5a5 5 0 0 0-5 5v3.2L3.5 14h13L15 10.7V7.5a5 5 0 0 0-5-5ZM8 16.5a2 2 0 0 0 4 0" />
        </svg>
        {unread ? (
          <span
            data-testid="unread-badge"
            aria-hidden
            className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-accent px-1 text-center text-xs leading-5 font-bold text-accent-fg"
          >
            {unread > 9 ? "9+" : unread}
          </span>
        ) : null}
      </Link>
      <div ref={container} className="relative">
        <button {...buttonProps} className={buttonClasses("secondary", undefined, "sm")}>
          <span aria-hidden className="grid size-7 place-items-center rounded-full bg-surface text-xs font-bold">
            {initials(user.name, user.email)}
          </span>
          <span className="sr-only">Account:</span>
          <span className="hidden max-w-40 truncate lg:inline">{user.name || user.email}</span>
          <span className="sr-only lg:hidden">{user.name || user.email}</span>
          <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
            <path d={open ? "M5 12l5-5 5 5" : "M5 8l5 5 5-5"} />
          </svg>
        </button>
        {open && (
          <div
            id={panelId}
            className="absolute top-full right-0 z-40 mt-1 w-64 space-y-2 rounded-lg border border-border bg-bg p-3 shadow-lg"
          >
            <p className="text-sm">
              <span className="block font-semibold break-words">{user.name || user.email}</span>
              <span className="block break-all text-muted">{user.email}</span>
              <span className="text-muted">{ROLE_LABELS[user.role]}</span>
            </p>
            <NavLinks items={navFor(user.role)} className="grid gap-1 border-t border-border pt-2" />
            <Link href="/dashboard#notifications" className={buttonClasses("ghost", "w-full justify-start")}>
              Notifications{unread ? ` (${unread} unread)` : ""}
            </Link>
            <button
              type="button"
              className={buttonClasses("secondary", "w-full")}
              onClick={() => signOut({ callbackUrl: "/" })}
            >
              Sign out
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

"use client";

import { useSession } from "next-auth/react";
import { NavLinks } from "@/components/layout/nav-links";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { buttonClasses } from "@/components/ui/button";
import { IntentLink as Link } from "@/components/ui/intent-link";
import { useDisclosure } from "@/components/ui/use-disclosure";
import { MAIN_NAV } from "@/lib/navigation";

/** Below 1024 px the sections, the theme and (signed out) "Create account" fold into one menu. */
export function SectionsMenu() {
  const { open, container, buttonProps, panelId } = useDisclosure();
  const { status } = useSession();
  return (
    <div ref={container} className="lg:hidden">
      <button {...buttonProps} className={buttonClasses("secondary")}>
        <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
          {open ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 5h14M3 10h14M3 15h14" />}
        </svg>
        Menu
      </button>
      {open && (
        <div
          id={panelId}
          className="absolute inset-x-0 top-full z-40 space-y-3 border-b border-border bg-bg p-4 shadow-lg"
        >
          <NavLinks items={MAIN_NAV} className="grid gap-1 sm:grid-cols-2" />
          {status === "unauthenticated" && (
            <Link href="/signup" className={buttonClasses("primary", "w-full sm:hidden")}>
              Create account
            </Link>
          )}
          <ThemeToggle />
        </div>
      )}
    </div>
  );
}

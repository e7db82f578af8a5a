"use client";

import { usePathname, useRouter } from "next/navigation";
import { signOut, useSession } from "next-auth/react";
import { buttonClasses } from "@/components/ui/button";
import { IntentLink as Link } from "@/components/ui/intent-link";
import { cn } from "@/lib/cn";
import { navFor } from "@/lib/navigation";

/**
 * The signed-in part of the header. It reads the session in the browser so
 * that every page can still be prerendered.
 */
export function AccountNav() {
  const { data: session, status } = useSession();
  const pathname = usePathname() ?? "";
  const router = useRouter();

  if (!session) {
    // While the session loads, hold the signed-out links' place (invisible), so nothing shifts.
    const loading = status === "loading";
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
    return (
      <div className={cn("flex items-center gap-2", loading && "invisible")} aria-hidden={loading || undefined}>
        <Link href={back("/signin")} className={buttonClasses("ghost")} onClick={withQuery("/signin")}>
          Sign in
        </Link>
        <Link href={back("/signup")} className={buttonClasses("primary")} onClick={withQuery("/signup")}>
          Create account
        </Link>
      </div>
    );
  }

  return (
    <div className="flex flex-wrap items-center gap-1">
      {navFor(session.user.role).map((item) => (
        <Link
          key={item.href}
          href={item.href}
          aria-current={pathname.startsWith(item.href) ? "page" : undefined}
          className={cn(buttonClasses("ghost"), pathname.startsWith(item.href) && "bg-surface")}
        >
          {item.label}
        </Link>
      ))}
      <button type="button" className={buttonClasses("secondary")} onClick={() => signOut({ callbackUrl: "/" })}>
        Sign out
      </button>
    </div>
  );
}

import { AccountNav } from "@/components/layout/account-nav";
import { NavLinks } from "@/components/layout/nav-links";
import { SectionsMenu } from "@/components/layout/sections-menu";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { IntentLink as Link } from "@/components/ui/intent-link";
import { MAIN_NAV } from "@/lib/navigation";

/**
 * One row at every width from 360 px: the sections are links from 1024 px up
 * and a menu below; the account's own links live in the account menu.
 */
export function SiteHeader() {
  return (
    <header data-site-header className="border-b border-border bg-bg">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-accent focus:px-3 focus:py-2 focus:text-accent-fg"
      >
        Skip to content
      </a>
      <nav aria-label="Main" className="relative mx-auto flex max-w-5xl items-center gap-2 px-4 py-2">
        <Link href="/" className="mr-2 text-lg font-bold text-fg no-underline hover:no-underline">
          Tradeoff
        </Link>
        <NavLinks items={MAIN_NAV} className="hidden items-center gap-1 lg:flex" />
        <div className="ml-auto flex items-center gap-2">
          <AccountNav />
          <ThemeToggle compact className="hidden lg:flex" />
          <SectionsMenu />
        </div>
      </nav>
    </header>
  );
}

import { AccountNav } from "@/components/layout/account-nav";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { IntentLink as Link } from "@/components/ui/intent-link";
import { buttonClasses } from "@/components/ui/button";

export function SiteHeader() {
  return (
    <header data-site-header className="border-b border-border bg-bg">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-accent focus:px-3 focus:py-2 focus:text-accent-fg"
      >
        Skip to content
      </a>
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="flex flex-wrap items-center gap-1">
          <Link href="/" className="mr-3 text-lg font-bold text-fg no-underline hover:no-underline">
            Tradeoff
          </Link>
          <Link href="/learn" className={buttonClasses("ghost")}>
            Learn
          </Link>
          <Link href="/practice" className={buttonClasses("ghost")}>
            Practice
          </Link>
          <Link href="/interviews" className={buttonClasses("ghost")}>
            Interviews
          </Link>
          <Link href="/search" className={buttonClasses("ghost")}>
            Search
          </Link>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <AccountNav />
          <ThemeToggle />
        </div>
      </nav>
    </header>
  );
}

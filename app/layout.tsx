import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { GlobalShortcuts } from "@/components/layout/global-shortcuts";
import { Providers } from "@/components/layout/providers";
import { ProgressSync } from "@/components/lessons/progress/progress-sync";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Tradeoff: practise system-design interviews", template: "%s · Tradeoff" },
  description:
    "An open-source, self-hostable place to learn system design and rehearse the interview: lessons, estimation, consistency games, diagrams and mentor review.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0f1217" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // next-themes sets the theme class on <html> before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <body>
        <Providers>
          <SiteHeader />
          <ProgressSync />
          <main id="main" className="mx-auto max-w-5xl px-4 py-8">
            {children}
          </main>
          <SiteFooter />
          <GlobalShortcuts />
        </Providers>
      </body>
    </html>
  );
}

import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";

/** The shared frame of the 403, 404 and error pages: a code, a title, a sentence and a way on. */
export function StatusPage({
  code,
  title,
  children,
  actions,
}: {
  code: string;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4 py-10">
      <p className="text-sm font-semibold tracking-wide text-muted uppercase">{code}</p>
      <h1 className="text-3xl font-bold">{title}</h1>
      <div className="text-muted">{children}</div>
      <div className="flex flex-wrap gap-3">
        {actions}
        <Link href="/" className={buttonClasses("secondary")}>
          Go to the home page
        </Link>
      </div>
    </div>
  );
}

import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/**
 * Content wider than a phone (a table, a chart) that scrolls sideways inside
 * its block. Focusable and named, so a keyboard user can reach it and scroll
 * it with the arrow keys.
 */
export function ScrollRegion({
  label,
  live = false,
  className,
  children,
}: {
  label: string;
  /** Announce changes to its content (a result that updates as inputs change). */
  live?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      aria-live={live ? "polite" : undefined}
      tabIndex={0}
      className={cn("overflow-x-auto", className)}
    >
      {children}
    </div>
  );
}

import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

const TONES = {
  error: "border-danger bg-danger-soft text-fg",
  success: "border-success bg-success-soft text-fg",
  info: "border-border bg-surface text-fg",
} as const;

/** A bordered message. Put it inside an aria-live region when it appears after an action. */
export function Alert({
  tone = "info",
  children,
  className,
}: {
  tone?: keyof typeof TONES;
  children: ReactNode;
  className?: string;
}) {
  return <div className={cn("rounded-md border-l-4 px-4 py-3 text-sm", TONES[tone], className)}>{children}</div>;
}

import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

const VARIANTS = {
  primary: "bg-accent text-accent-fg hover:opacity-90",
  secondary: "border border-border bg-bg text-fg hover:bg-surface",
  ghost: "text-fg hover:bg-surface",
} as const;

const SIZES = {
  md: "min-h-10 px-4 py-2",
  sm: "min-h-8 px-3 py-1",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

/** Classes for anything that should look like a button (buttons and links alike). */
export function buttonClasses(
  variant: ButtonVariant = "primary",
  className?: string,
  size: keyof typeof SIZES = "md",
): string {
  return cn(
    "inline-flex items-center justify-center gap-2 rounded-md text-sm font-semibold no-underline transition hover:no-underline disabled:cursor-not-allowed disabled:opacity-60",
    VARIANTS[variant],
    SIZES[size],
    className,
  );
}

export function Button({
  variant = "primary",
  size = "md",
  className,
  type = "button",
  ...props
}: ComponentProps<"button"> & { variant?: ButtonVariant; size?: keyof typeof SIZES }) {
  return <button type={type} className={buttonClasses(variant, className, size)} {...props} />;
}

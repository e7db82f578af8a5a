"use client";

import { useTheme } from "next-themes";
import { useHydrated } from "@/components/ui/use-hydrated";
import { cn } from "@/lib/cn";

const OPTIONS = [
  { value: "system", label: "System" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
] as const;

/**
 * Theme picker: follows the system until the user chooses; the choice is kept
 * per browser. In the header (`compact`) its label is read out but shown only
 * where the row has room.
 */
export function ThemeToggle({ className, compact = false }: { className?: string; compact?: boolean }) {
  const { theme, setTheme } = useTheme();
  // The stored theme is only known in the browser; render "system" on the server.
  const mounted = useHydrated();
  return (
    <label className={cn("flex items-center gap-2 text-sm", className)}>
      <span className={compact ? "sr-only xl:not-sr-only" : undefined}>Theme</span>
      <select
        value={mounted ? (theme ?? "system") : "system"}
        onChange={(event) => setTheme(event.target.value)}
        className="min-h-9 rounded-md border border-border bg-bg px-2 py-1 text-sm text-fg"
      >
        {OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

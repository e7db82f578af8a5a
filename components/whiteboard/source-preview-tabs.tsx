"use client";

import { useId, useRef, useSyncExternalStore } from "react";
import { cn } from "@/lib/cn";

// Tailwind's sm breakpoint: from here up, source and preview sit side by side (or stacked) instead of in tabs.
const WIDE = "(min-width: 40rem)";

function subscribe(onChange: () => void) {
  const query = window.matchMedia(WIDE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** Whether the screen is wider than a phone; the server renders the wide layout. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(WIDE).matches,
    () => true,
  );
}

export type WhiteboardTab = "source" | "preview";
const TABS: { id: WhiteboardTab; label: string }[] = [
  { id: "source", label: "Source" },
  { id: "preview", label: "Preview" },
];

/**
 * On a phone, the source and the preview as two tabs (a tablist with arrow-key
 * movement between the tabs); both stay mounted, so switching keeps the
 * editor's cursor and the preview's zoom.
 */
export function SourcePreviewTabs({
  tab,
  onTab,
  source,
  preview,
}: {
  tab: WhiteboardTab;
  onTab: (tab: WhiteboardTab) => void;
  source: React.ReactNode;
  preview: React.ReactNode;
}) {
  const id = useId();
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});
  const panels = { source, preview };
  const move = (event: React.KeyboardEvent, index: number) => {
    const next = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: TABS.length - 1 - index }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = TABS[(index + next + TABS.length) % TABS.length]!.id;
    onTab(target);
    buttons.current[target]?.focus();
  };
  return (
    <div className="space-y-3">
      <div role="tablist" aria-label="Whiteboard view" className="grid grid-cols-2 rounded-md border border-border p-1">
        {TABS.map((item, index) => (
          <button
            key={item.id}
            ref={(element) => {
              buttons.current[item.id] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-${item.id}-tab`}
            aria-selected={tab === item.id}
            aria-controls={`${id}-${item.id}-panel`}
            tabIndex={tab === item.id ? 0 : -1}
            onClick={() => onTab(item.id)}
            onKeyDown={(event) => move(event, index)}
            className={cn(
              "min-h-10 rounded text-sm font-semibold",
              tab === item.id ? "bg-accent text-accent-fg" : "text-fg hover:bg-surface",
            )}
          >
            {item.label}
          </button>
        ))}
      </div>
      {TABS.map((item) => (
        <div
          key={item.id}
          role="tabpanel"
          id={`${id}-${item.id}-panel`}
          aria-labelledby={`${id}-${item.id}-tab`}
          hidden={tab !== item.id}
        >
          {panels[item.id]}
        </div>
      ))}
    </div>
  );
}

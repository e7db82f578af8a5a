"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { EXERCISE_KEYS } from "@/components/lessons/blocks/exercise-keys";
import { isTyping } from "@/lib/keyboard/is-typing";
import { Button } from "@/components/ui/button";
import { ShortcutList } from "@/components/ui/shortcut-list";

const SEARCH_INPUT = "search-q";

const GENERAL_KEYS = [
  { keys: "/", what: "Search the lessons (from any page)" },
  { keys: "?", what: "Show this list" },
] as const;

function focusSearch(): boolean {
  const input = document.getElementById(SEARCH_INPUT);
  if (!(input instanceof HTMLInputElement)) return false;
  input.focus();
  input.select();
  return true;
}

/**
 * Keys that work on every page: "/" goes to the lesson search (opening the
 * search page if this is not it) and "?" lists every shortcut. Exercises
 * handle their own keys (exercise-keys.ts), the whiteboard its own.
 */
export function GlobalShortcuts() {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const pathname = usePathname();
  const searchPending = useRef(false);

  // After "/" opened the search page, its field gets the focus.
  useEffect(() => {
    if (searchPending.current && pathname === "/search" && focusSearch()) searchPending.current = false;
  }, [pathname]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (event.key === "/") {
        event.preventDefault();
        if (!focusSearch()) {
          searchPending.current = true;
          router.push("/search");
        }
      } else if (event.key === "?" && !dialog.current?.open) {
        event.preventDefault();
        dialog.current?.showModal();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [router]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-title"
      className="m-auto max-w-lg rounded-lg border border-border bg-bg p-5 text-fg backdrop:bg-black/50"
      data-testid="shortcuts-dialog"
    >
      <h2 id="shortcuts-title" className="text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      {[
        { title: "Anywhere", keys: GENERAL_KEYS },
        { title: "In an exercise or a prediction, once the focus is in it", keys: EXERCISE_KEYS },
      ].map((group) => (
        <section key={group.title} className="mt-3">
          <h3 className="text-sm font-semibold">{group.title}</h3>
          <ShortcutList shortcuts={group.keys} />
        </section>
      ))}
      <p className="mt-3 text-sm text-muted">The whiteboard lists its own keys beside the board.</p>
      <Button className="mt-4" onClick={() => dialog.current?.close()}>
        Close
      </Button>
    </dialog>
  );
}

"use client";

import { useId } from "react";
import { ShortcutList } from "@/components/ui/shortcut-list";
import { SHORTCUTS } from "@/lib/diagrams/shortcuts";

/** The whiteboard's shortcuts, listed on the page from the same list the handler reads. */
export function ShortcutsHelp() {
  const heading = useId();
  return (
    <section aria-labelledby={heading} className="rounded-md border border-border p-3 text-sm" data-testid="shortcuts">
      <h3 id={heading} className="font-semibold">
        Keyboard shortcuts
      </h3>
      <p className="mt-1 text-muted">
        While the focus is in the whiteboard. Single keys work outside the text fields and the code editor.
      </p>
      <ShortcutList
        shortcuts={[
          ...SHORTCUTS,
          { keys: "Arrow keys", what: "Pan the preview, when it has the focus" },
          { keys: "Escape, then Tab", what: "Leave the code editor" },
        ]}
      />
    </section>
  );
}

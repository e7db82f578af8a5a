"use client";

import { useId } from "react";
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
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.action} className="contents">
            <dt>
              <kbd className="rounded border border-border bg-surface px-1.5 font-mono">{shortcut.keys}</kbd>
            </dt>
            <dd>{shortcut.what}</dd>
          </div>
        ))}
        <div className="contents">
          <dt>
            <kbd className="rounded border border-border bg-surface px-1.5 font-mono">Arrow keys</kbd>
          </dt>
          <dd>Pan the preview, when it has the focus</dd>
        </div>
        <div className="contents">
          <dt>
            <kbd className="rounded border border-border bg-surface px-1.5 font-mono">Escape, then Tab</kbd>
          </dt>
          <dd>Leave the code editor</dd>
        </div>
      </dl>
    </section>
  );
}

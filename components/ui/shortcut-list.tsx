/** Keys and what they do, as a two-column list (the global shortcuts dialog, the whiteboard's own list). */
export function ShortcutList({ shortcuts }: { shortcuts: readonly { keys: string; what: string }[] }) {
  return (
    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {shortcuts.map((shortcut) => (
        <div key={shortcut.keys} className="contents">
          <dt>
            <kbd className="rounded border border-border bg-surface px-1.5 font-mono">{shortcut.keys}</kbd>
          </dt>
          <dd>{shortcut.what}</dd>
        </div>
      ))}
    </dl>
  );
}

import { lineDiff } from "@/lib/text/line-diff";

/** A line diff, added lines green and removed red, with the change also spelled out for screen readers. */
export function LineDiffView({ before, after, label }: { before: string; after: string; label: string }) {
  const rows = lineDiff(before, after);
  return (
    <pre
      className="max-h-80 overflow-auto rounded-md border border-border bg-bg p-2 text-xs"
      data-testid="diff"
      aria-label={label}
      tabIndex={0}
    >
      {rows.every((row) => row.kind === "same") ? (
        <span className="text-muted">No differences.</span>
      ) : (
        rows.map((row, index) => (
          <div
            key={index}
            data-kind={row.kind}
            className={row.kind === "added" ? "bg-success-soft" : row.kind === "removed" ? "bg-danger-soft" : undefined}
          >
            <span aria-hidden="true">{row.kind === "added" ? "+ " : row.kind === "removed" ? "- " : "  "}</span>
            <span className="sr-only">{row.kind === "same" ? "" : `${row.kind}: `}</span>
            {row.text}
          </div>
        ))
      )}
    </pre>
  );
}

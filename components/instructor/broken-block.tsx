/**
 * Where a block with mistakes would be, in the instructor's preview: the rest
 * of the lesson still renders around it. Spans only, since a broken block can
 * sit inside a paragraph.
 */
export function BrokenBlock({ line, problems }: { line: string; problems: string }) {
  return (
    <span
      role="note"
      className="not-prose my-4 block rounded-md border-2 border-dashed border-danger bg-danger-soft p-3 text-sm text-fg"
      data-testid="broken-block"
      data-line={line}
    >
      <span className="block font-semibold">This block does not render (line {line}):</span>
      {problems.split("\n").map((problem) => (
        <span key={problem} className="block">
          {problem}
        </span>
      ))}
    </span>
  );
}

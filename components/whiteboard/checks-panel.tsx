import type { Analysis } from "@/lib/diagrams/analyze";
import { runChecks } from "@/lib/diagrams/checks";

/** The whiteboard rules as a checklist: pass or fail, what is wrong, and the one-line fix. */
export function ChecksPanel({ analysis }: { analysis: Analysis | null }) {
  let body;
  if (!analysis) body = <p className="text-sm text-muted">Checking…</p>;
  else if (!analysis.ok)
    body = <p className="text-sm text-muted">Fix the syntax error first; the checks run on the parsed diagram.</p>;
  else if (!analysis.flow) {
    body = (
      <p className="text-sm text-muted">
        The board checks apply to flowcharts (the architecture view). This is a {analysis.type} diagram.
      </p>
    );
  } else {
    const results = runChecks(analysis.flow);
    const passed = results.filter((check) => check.passed).length;
    body = (
      <>
        <p className="text-sm font-medium" data-testid="checks-summary">
          {passed} of {results.length} checks pass
        </p>
        <ul className="mt-2 space-y-2">
          {results.map((check) => (
            <li key={check.id} data-check={check.id} data-passed={check.passed} className="text-sm">
              <span className={check.passed ? "font-semibold text-success" : "font-semibold text-danger"}>
                {check.passed ? "Pass" : "Fail"}
              </span>{" "}
              {check.rule}
              {check.passed ? null : (
                <div className="mt-1 pl-4 text-muted">
                  {check.problems.join("; ")}. <span className="text-fg">Fix: {check.fix}</span>
                </div>
              )}
            </li>
          ))}
        </ul>
      </>
    );
  }
  return (
    <section
      aria-labelledby="board-checks"
      className="rounded-md border border-border bg-surface p-3"
      data-testid="checks"
    >
      <h3 id="board-checks" className="font-semibold">
        Board checks
      </h3>
      <div aria-live="polite">{body}</div>
    </section>
  );
}

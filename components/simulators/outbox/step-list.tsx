import { VERDICT_OPTIONS } from "@/lib/outbox/scenarios";
import { formatMs, type Actor, type Step, type WritePathRun } from "@/lib/outbox/write-path";

const ACTOR_NAMES: Record<Actor, string> = {
  service: "Order service",
  database: "Database",
  relay: "Relay",
  broker: "Broker",
  indexer: "Indexer",
  index: "Search index",
};

const MARKS: Record<Step["kind"], { symbol: string; word: string; className: string }> = {
  ok: { symbol: "✓", word: "ok", className: "text-success" },
  fail: { symbol: "✗", word: "failure", className: "text-danger" },
  info: { symbol: "•", word: "note", className: "text-muted" },
};

const verdictLabel = (verdict: string) => VERDICT_OPTIONS.find((option) => option.id === verdict)?.label ?? verdict;

/** One run of the write path as a numbered list of timed steps, then what happened to each event. */
export function StepList({ title, run }: { title: string; run: WritePathRun }) {
  return (
    <section className="min-w-0 space-y-2 rounded-md border border-border bg-bg p-3" aria-label={title}>
      <h4 className="font-semibold">{title}</h4>
      <ol className="space-y-1 text-sm">
        {run.steps.map((step, index) => {
          const mark = MARKS[step.kind];
          return (
            <li key={index} className="flex gap-2">
              <span className={`shrink-0 font-semibold ${mark.className}`} aria-hidden="true">
                {mark.symbol}
              </span>
              <span className="min-w-0">
                <span className="sr-only">{mark.word}: </span>
                <span className="text-muted tabular-nums">t = {formatMs(step.atMs)}</span>{" "}
                <span className="font-medium">{ACTOR_NAMES[step.actor]}:</span> {step.text}
              </span>
            </li>
          );
        })}
      </ol>
      <ul className="space-y-1 border-t border-border pt-2 text-sm" aria-label={`${title}: outcome`}>
        {run.events.map((event) => (
          <li key={event.order}>
            <strong>
              {event.order}: {verdictLabel(event.verdict)}.
            </strong>{" "}
            Published {event.published} {event.published === 1 ? "time" : "times"}; {event.docs}{" "}
            {event.docs === 1 ? "document" : "documents"} in search
            {event.searchableAtMs === null ? "" : `, searchable at ${formatMs(event.searchableAtMs)}`}.
          </li>
        ))}
      </ul>
    </section>
  );
}

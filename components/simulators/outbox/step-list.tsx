import { TimedSteps } from "@/components/simulators/timed-steps";
import { VERDICT_OPTIONS } from "@/lib/outbox/scenarios";
import { formatMs, type Actor, type WritePathRun } from "@/lib/outbox/write-path";

const ACTOR_NAMES: Record<Actor, string> = {
  service: "Order service",
  database: "Database",
  relay: "Relay",
  broker: "Broker",
  indexer: "Indexer",
  index: "Search index",
};

const verdictLabel = (verdict: string) => VERDICT_OPTIONS.find((option) => option.id === verdict)?.label ?? verdict;

/** One run of the write path as timed steps, then what happened to each event. */
export function StepList({ title, run }: { title: string; run: WritePathRun }) {
  return (
    <TimedSteps
      title={title}
      steps={run.steps.map((step) => ({
        kind: step.kind,
        at: formatMs(step.atMs),
        actor: ACTOR_NAMES[step.actor],
        text: step.text,
      }))}
      outcome={
        <ul className="space-y-1">
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
      }
    />
  );
}

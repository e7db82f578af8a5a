"use client";

import { useId, useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { RadioGroup } from "@/components/simulators/radio-group";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { cn } from "@/lib/cn";
import {
  allGaps,
  criticalPath,
  depthOf,
  gapLength,
  reschedule,
  spanDuration,
  totalDuration,
  waitedNeedlessly,
  waterfallOrder,
  type Gap,
  type Span,
} from "@/lib/observability/trace";
import { TRACE_QUESTIONS, TRACE_SCENARIOS } from "@/lib/observability/trace-scenarios";
import { TRACES, traceById, type BuiltInTrace } from "@/lib/observability/traces";

type View = { critical: boolean; gaps: boolean; parallel: boolean };

const TRACE_NAMES: Record<BuiltInTrace["id"], string> = { checkout: "Checkout", search: "Search", feed: "Feed" };
const pct = (ms: number, scale: number) => `${(ms / scale) * 100}%`;
const range = (span: Span) => `${span.start}–${span.end} ms`;

/**
 * One request's spans on a timeline, with a table beside it. The learner reads
 * a built-in trace and answers its questions (the scored predictions); then
 * the analysis opens: the critical path, the gaps no child span covers, and
 * the request laid out again with independent calls in parallel.
 */
export function TraceWaterfall({ id }: { id: string }) {
  const prediction = usePrediction(id, TRACE_SCENARIOS);
  const [traceId, setTraceId] = useState<BuiltInTrace["id"]>("checkout");
  const [view, setView] = useState<View>({ critical: false, gaps: false, parallel: false });
  const trace = traceById(traceId);
  const questions = TRACE_QUESTIONS[traceId];
  const open = questions.every((key) => prediction.answered(key));
  const shown = open && view.parallel ? reschedule(trace.spans, { parallel: true }) : trace.spans;

  return (
    <div className="space-y-5" data-testid="trace-waterfall">
      <p className="text-sm text-muted">
        Each bar is a span: one unit of work, placed by when it started and ended (ms since the request arrived).
        Indented spans are children of the span above them. Read the trace, answer its questions, and the analysis
        opens.
      </p>
      <RadioGroup
        legend="Trace"
        value={traceId}
        options={TRACES.map((t) => ({ value: t.id, label: `${TRACE_NAMES[t.id]} (${t.title})` }))}
        onChange={(next) => {
          setTraceId(next);
          setView({ critical: false, gaps: false, parallel: false });
        }}
      />
      <p className="text-sm">{trace.summary}</p>

      <Waterfall
        title={trace.title}
        spans={shown}
        scale={totalDuration(trace.spans)}
        critical={open && view.critical ? new Set(criticalPath(shown)) : null}
        gaps={open && view.gaps ? allGaps(shown) : null}
      />
      <SpanTable spans={shown} />

      <div className="space-y-3">
        {questions.map((key) => (
          <PredictionPrompt key={key} id={id} scenarios={TRACE_SCENARIOS} scenario={key} />
        ))}
      </div>

      {open ? (
        <Analysis trace={trace} view={view} setView={setView} />
      ) : (
        <p className="text-sm text-muted">
          Answer the {questions.length === 1 ? "question" : "questions"} above to open the analysis of this trace.
        </p>
      )}
    </div>
  );
}

function Waterfall({
  title,
  spans,
  scale,
  critical,
  gaps,
}: {
  title: string;
  spans: readonly Span[];
  scale: number;
  critical: Set<string> | null;
  gaps: Gap[] | null;
}) {
  const total = totalDuration(spans);
  return (
    <figure className="space-y-2 rounded-md border border-border bg-bg p-3">
      <figcaption className="text-sm font-semibold">
        Waterfall of {title}: {total} ms
      </figcaption>
      <ol className="space-y-2" aria-label={`Spans of ${title}`}>
        {waterfallOrder(spans).map((span) => {
          const onPath = critical?.has(span.id) ?? false;
          const mine = gaps?.filter((gap) => gap.span === span.id) ?? [];
          const depth = depthOf(spans, span.id);
          return (
            <li key={span.id} data-span={span.id} style={{ paddingLeft: `${Math.min(depth, 4) * 0.75}rem` }}>
              <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
                <span className="min-w-0">
                  {onPath ? (
                    <span className="font-semibold text-danger" aria-hidden="true">
                      ★{" "}
                    </span>
                  ) : null}
                  <span className="font-medium">{span.service}</span>: {span.name}
                  {onPath ? <span className="sr-only"> (on the critical path)</span> : null}
                </span>
                <span className="text-muted tabular-nums">
                  {range(span)} ({spanDuration(span)} ms)
                </span>
              </div>
              <div className="relative mt-1 h-4 rounded-sm border border-border bg-surface" aria-hidden="true">
                <div
                  className={cn(
                    "absolute inset-y-0 rounded-sm",
                    onPath ? "bg-danger" : critical ? "bg-accent opacity-50" : "bg-accent",
                  )}
                  style={{ left: pct(span.start, scale), width: pct(spanDuration(span), scale) }}
                />
                {mine.map((gap) => (
                  <div
                    key={gap.from}
                    className="absolute inset-y-0 border-2 border-dashed border-fg bg-bg"
                    style={{ left: pct(gap.from, scale), width: pct(gapLength(gap), scale) }}
                  />
                ))}
              </div>
              {mine.length > 0 ? (
                <p className="mt-1 text-xs text-muted">
                  Gaps (dashed): {mine.map((gap) => `${gap.from}–${gap.to} ms (${gapLength(gap)} ms)`).join(", ")}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <div className="flex justify-between text-xs text-muted tabular-nums" aria-hidden="true">
        <span>0 ms</span>
        <span>{scale / 2} ms</span>
        <span>{scale} ms</span>
      </div>
    </figure>
  );
}

function SpanTable({ spans }: { spans: readonly Span[] }) {
  const names = new Map(spans.map((span) => [span.id, `${span.service}: ${span.name}`]));
  return (
    <details className="rounded-md border border-border p-3 text-sm">
      <summary className="cursor-pointer font-medium">Spans as a table</summary>
      <ScrollRegion label="Spans as a table" className="mt-2">
        <table className="w-full min-w-[36rem]">
          <caption className="pb-2 text-left text-muted">
            Every span with its parent, times and what it waits for.
          </caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="py-1 pr-3 font-semibold">
                Span
              </th>
              <th scope="col" className="py-1 pr-3 font-semibold">
                Parent
              </th>
              <th scope="col" className="py-1 pr-3 font-semibold">
                Start–end
              </th>
              <th scope="col" className="py-1 pr-3 font-semibold">
                Duration
              </th>
              <th scope="col" className="py-1 pr-3 font-semibold">
                Needs the result of
              </th>
            </tr>
          </thead>
          <tbody>
            {waterfallOrder(spans).map((span) => (
              <tr key={span.id} className="border-t border-border">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {names.get(span.id)}
                </th>
                <td className="py-1 pr-3">{span.parent ? names.get(span.parent) : "none (the root)"}</td>
                <td className="py-1 pr-3 whitespace-nowrap tabular-nums">{range(span)}</td>
                <td className="py-1 pr-3 tabular-nums">{spanDuration(span)} ms</td>
                <td className="py-1 pr-3">
                  {span.needs === undefined
                    ? "not stated"
                    : span.needs.length === 0
                      ? "no sibling"
                      : span.needs.map((need) => names.get(need)).join("; ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </details>
  );
}

function Analysis({ trace, view, setView }: { trace: BuiltInTrace; view: View; setView: (next: View) => void }) {
  const uid = useId();
  const spans = trace.spans;
  const name = (id: string) => {
    const span = spans.find((s) => s.id === id)!;
    return `${span.service}: ${span.name}`;
  };
  const path = criticalPath(spans);
  const gap = allGaps(spans)[0];
  const needless = waitedNeedlessly(spans);
  const before = totalDuration(spans);
  const after = totalDuration(reschedule(spans, { parallel: true }));
  const toggle = (key: keyof View, label: string) => (
    <label className="flex min-h-10 items-center gap-2 text-sm">
      <input
        type="checkbox"
        className="size-4 shrink-0"
        name={`${uid}-${key}`}
        checked={view[key]}
        onChange={(event) => setView({ ...view, [key]: event.target.checked })}
      />
      {label}
    </label>
  );

  return (
    <section className="space-y-3 rounded-md border border-border p-4" aria-label="Analysis of this trace">
      <h4 className="font-semibold">What the trace shows</h4>
      <fieldset>
        <legend className="text-sm font-medium">Draw on the waterfall</legend>
        {toggle("critical", "Mark the critical path (★)")}
        {toggle("gaps", "Show the gaps no child span covers (dashed)")}
        {toggle("parallel", "Start every call as soon as the calls it needs have ended")}
      </fieldset>
      <ul className="list-disc space-y-1 pl-5 text-sm" aria-live="polite">
        <li>
          <strong>Critical path</strong> ({path.length} of {spans.length} spans): {path.map(name).join(" → ")}.
          {path.length < spans.length
            ? ` Off the path: ${spans
                .filter((s) => !path.includes(s.id))
                .map((s) => name(s.id))
                .join("; ")}. Speeding those up changes nothing.`
            : " Every span is on it: each call waited for the one before."}
        </li>
        {gap ? (
          <li>
            <strong>Largest gap</strong>: {gapLength(gap)} ms inside {name(gap.span)}, from {gap.from} to {gap.to} ms,
            with no child span open: the caller&apos;s own work, or the network and queues around a call.
          </li>
        ) : null}
        <li>
          <strong>Calls that waited for work they do not need</strong>:{" "}
          {needless.length === 0 ? "none." : `${needless.map(name).join("; ")}.`}
        </li>
        <li>
          <strong>In parallel</strong>:{" "}
          {before === after
            ? `nothing to gain: every call already starts as soon as its inputs are ready (${before} ms).`
            : `${before} ms becomes ${after} ms, ${before - after} ms saved.`}
        </li>
      </ul>
    </section>
  );
}

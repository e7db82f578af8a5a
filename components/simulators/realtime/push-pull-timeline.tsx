"use client";

import { useId, useMemo, useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { PatternTable } from "@/components/simulators/realtime/pattern-table";
import { TimelineChart } from "@/components/simulators/realtime/timeline-chart";
import { formatCount, formatSeconds, formatWindow } from "@/components/simulators/realtime/format";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import { compareAll, PATTERN_LABELS, PATTERNS, type Pattern, type TimelineSettings } from "@/lib/realtime/push-pull";
import { PUSH_PULL_SCENARIOS, SCENARIO_PATTERN, SCENARIO_SETTINGS, type ScenarioKey } from "@/lib/realtime/scenarios";
import { poissonSchedule } from "@/lib/realtime/schedule";

const WINDOW_S = 600;
const RATES = [0, 0.1, 0.5, 1, 2, 5, 10, 30] as const;
const SPANS = [
  { value: 120, label: "First 2 minutes" },
  { value: 600, label: "First 10 minutes" },
  { value: 3600, label: "The whole hour" },
] as const;
const SCENARIO_KEYS = Object.keys(SCENARIO_SETTINGS) as ScenarioKey[];

type Controls = { pattern: Pattern; pollIntervalS: number; longPollTimeoutS: number; rttMs: number };
type Source = { kind: "random"; perMinute: number; seed: number } | { kind: "scenario"; key: ScenarioKey };

/**
 * Short polling, long polling, SSE and a WebSocket on the same stream of
 * events. The learner predicts each scenario first; the model's numbers and
 * timeline appear once they have committed to at least one prediction.
 */
export function PushPullTimeline({ id }: { id: string }) {
  const uid = useId();
  const prediction = usePrediction(id, PUSH_PULL_SCENARIOS);
  const answered = (key: ScenarioKey) => prediction.answered(key);
  const unlocked = SCENARIO_KEYS.some(answered);
  const [controls, setControls] = useState<Controls>({
    pattern: "short-poll",
    pollIntervalS: 10,
    longPollTimeoutS: 30,
    rttMs: 100,
  });
  const [source, setSource] = useState<Source>({ kind: "random", perMinute: 2, seed: 1 });
  const [spanS, setSpanS] = useState(120);

  const { events, durationS } = useMemo(() => {
    if (source.kind === "scenario") {
      const settings = SCENARIO_SETTINGS[source.key];
      return { events: settings.events, durationS: settings.durationS };
    }
    return {
      events: poissonSchedule({ perMinute: source.perMinute, durationS: WINDOW_S, seed: source.seed }),
      durationS: WINDOW_S,
    };
  }, [source]);
  const settings: TimelineSettings = {
    durationS,
    events,
    pollIntervalS: controls.pollIntervalS,
    longPollTimeoutS: controls.longPollTimeoutS,
    rttS: controls.rttMs / 1000,
  };
  const outcomes = compareAll(settings);
  const shown = outcomes.find((outcome) => outcome.pattern === controls.pattern)!;
  const span = Math.min(spanS, durationS);
  const set = (patch: Partial<Controls>) => setControls((current) => ({ ...current, ...patch }));

  const load = (key: ScenarioKey) => {
    const scenario = SCENARIO_SETTINGS[key];
    setControls({
      pattern: SCENARIO_PATTERN[key],
      pollIntervalS: scenario.pollIntervalS,
      longPollTimeoutS: scenario.longPollTimeoutS,
      rttMs: Math.round(scenario.rttS * 1000),
    });
    setSource({ kind: "scenario", key });
  };

  return (
    <div className="space-y-6" data-testid="push-pull-timeline">
      <section className="space-y-3" aria-label="Predict first">
        <p className="text-sm text-muted">
          Predict each scenario before you look at the numbers. Once you have predicted one, the timeline and the
          comparison table below open, and each answered scenario can be loaded into them.
        </p>
        {SCENARIO_KEYS.map((key) => (
          <div key={key} className="space-y-2">
            <PredictionPrompt id={id} scenarios={PUSH_PULL_SCENARIOS} scenario={key} />
            {answered(key) ? (
              <Button variant="secondary" size="sm" onClick={() => load(key)}>
                Show this scenario on the timeline
              </Button>
            ) : null}
          </div>
        ))}
      </section>

      <section className="space-y-4" aria-label="Explore the patterns">
        <fieldset>
          <legend className="text-sm font-semibold">Delivery pattern</legend>
          <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
            {PATTERNS.map((pattern) => (
              <label key={pattern} className="flex min-h-10 items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={`${uid}-pattern`}
                  className="size-4"
                  checked={controls.pattern === pattern}
                  onChange={() => set({ pattern })}
                />
                {PATTERN_LABELS[pattern]}
              </label>
            ))}
          </div>
        </fieldset>

        <div className="grid gap-4 sm:grid-cols-2">
          <label className="space-y-1 text-sm">
            <span className="font-medium">Short-poll interval: {controls.pollIntervalS} s</span>
            <input
              type="range"
              className="block w-full"
              min={1}
              max={60}
              step={1}
              value={controls.pollIntervalS}
              onChange={(event) => set({ pollIntervalS: Number(event.target.value) })}
            />
          </label>
          <label className="space-y-1 text-sm">
            <span className="font-medium">Long-poll timeout: {controls.longPollTimeoutS} s</span>
            <input
              type="range"
              className="block w-full"
              min={5}
              max={120}
              step={5}
              value={controls.longPollTimeoutS}
              onChange={(event) => set({ longPollTimeoutS: Number(event.target.value) })}
            />
          </label>
          <label className="space-y-1 text-sm">
            <span className="font-medium">Network round trip: {controls.rttMs} ms</span>
            <input
              type="range"
              className="block w-full"
              min={0}
              max={500}
              step={10}
              value={controls.rttMs}
              onChange={(event) => set({ rttMs: Number(event.target.value) })}
            />
          </label>
          <label className="space-y-1 text-sm">
            <span className="font-medium">Events per minute (at random)</span>
            <select
              className={inputClasses}
              value={source.kind === "random" ? String(source.perMinute) : ""}
              onChange={(event) =>
                setSource({
                  kind: "random",
                  perMinute: Number(event.target.value),
                  seed: source.kind === "random" ? source.seed : 1,
                })
              }
            >
              {source.kind === "scenario" ? <option value="">The scenario&apos;s events</option> : null}
              {RATES.map((rate) => (
                <option key={rate} value={String(rate)}>
                  {rate === 0 ? "None" : `${rate} a minute`}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <Button
            variant="secondary"
            size="sm"
            onClick={() =>
              setSource((current) =>
                current.kind === "random"
                  ? { ...current, seed: current.seed + 1 }
                  : { kind: "random", perMinute: 2, seed: 1 },
              )
            }
          >
            New random events
          </Button>
          <label className="space-y-1 text-sm">
            <span className="font-medium">Timeline shows</span>
            <select className={inputClasses} value={span} onChange={(event) => setSpanS(Number(event.target.value))}>
              {SPANS.filter((option) => option.value <= durationS).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        </div>

        {unlocked ? (
          <div className="space-y-4" aria-live="polite">
            <p className="text-sm">
              {events.length} events in {formatWindow(durationS)}. {PATTERN_LABELS[shown.pattern]} sent{" "}
              <strong>{formatCount(shown.requests)}</strong> requests,{" "}
              <strong>{formatCount(shown.emptyResponses)}</strong> of them answered with nothing new; average delay{" "}
              <strong>{formatSeconds(shown.averageDelayS)}</strong>, worst{" "}
              <strong>{formatSeconds(shown.worstDelayS)}</strong>; about{" "}
              <strong>{formatCount(shown.heldPer1000)}</strong> requests or streams open at once per 1,000 clients.
            </p>
            <TimelineChart outcome={shown} events={events} spanS={span} />
            <PatternTable outcomes={outcomes} chosen={controls.pattern} durationS={durationS} />
            <p className="text-xs text-muted">
              The model: the server answers instantly and keeps every event until the client has it; the network takes
              half the round trip each way; streams never drop. Real servers add processing time, and real streams
              reconnect now and then.
            </p>
          </div>
        ) : (
          <p className="rounded-md border border-dashed border-border p-3 text-sm text-muted">
            Make a prediction above to see the model&apos;s timeline and numbers.
          </p>
        )}
      </section>
    </div>
  );
}

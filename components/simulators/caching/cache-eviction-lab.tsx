"use client";

import { useId, useMemo, useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { CacheContents, EvictionHistory } from "@/components/simulators/caching/eviction-history";
import { GuessedStepper, useGuessedStepper, type GuessLane } from "@/components/simulators/guessed-stepper";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import {
  CACHE_EVICTION_SCENARIOS,
  EVICTION_PRESETS,
  evictionInputProblem,
  MAX_CAPACITY,
  parseStream,
  POLICIES,
  POLICY_NAMES,
  simulateEviction,
  WORKED_CAPACITY,
  WORKED_STREAM,
} from "@/lib/caching/eviction";

const SCENARIO_KEYS = Object.keys(CACHE_EVICTION_SCENARIOS);
const CAPACITIES = Array.from({ length: MAX_CAPACITY }, (_, index) => index + 1);

/**
 * One request stream through LRU, LFU and FIFO side by side. The scored
 * predictions come first; then the learner steps through any stream, and
 * before each eviction may guess which key each policy will throw out.
 */
export function CacheEvictionLab({ id }: { id: string }) {
  const uid = useId();
  const prediction = usePrediction(id, CACHE_EVICTION_SCENARIOS);
  const unlocked = SCENARIO_KEYS.some((key) => prediction.answered(key));
  const [text, setText] = useState(WORKED_STREAM.join(" "));
  const [capacity, setCapacity] = useState<number>(WORKED_CAPACITY);
  const stepper = useGuessedStepper();
  const shown = stepper.shown;

  const stream = useMemo(() => parseStream(text), [text]);
  const problem = evictionInputProblem(stream, capacity);
  const runs = useMemo(
    () =>
      problem
        ? null
        : {
            lru: simulateEviction(stream, capacity, "lru"),
            lfu: simulateEviction(stream, capacity, "lfu"),
            fifo: simulateEviction(stream, capacity, "fifo"),
          },
    [stream, capacity, problem],
  );

  const restart = stepper.restart;
  const load = (presetId: string) => {
    const preset = EVICTION_PRESETS.find((candidate) => candidate.id === presetId)!;
    setText(preset.stream.join(" "));
    setCapacity(preset.capacity);
    restart();
  };

  const next = runs && shown < stream.length ? shown : null;
  // Only the policies whose next request evicts something have a key to guess, among those they hold.
  const lanes: GuessLane[] =
    next === null || !runs
      ? []
      : POLICIES.filter((policy) => runs[policy][next]!.evicted !== null).map((policy) => {
          const name = POLICY_NAMES[policy].split(" ")[0]!;
          const evicted = runs[policy][next]!.evicted!;
          return {
            id: policy,
            name,
            legend: `${name} is full: which key goes?`,
            options: runs[policy][shown - 1]!.contents.map(({ key }) => ({ id: key, label: key })),
            answer: evicted,
            result: `it evicts ${evicted}`,
          };
        });

  return (
    <div className="space-y-6" data-testid="cache-eviction-lab">
      <section className="space-y-3" aria-label="Predict first">
        <p className="text-sm text-muted">
          LFU ties go to the key among the tied whose last use is oldest; a key that returns after eviction starts again
          at one use. Predict each scenario first; answering one opens the lab below.
        </p>
        {SCENARIO_KEYS.map((key) => (
          <div key={key} className="space-y-2">
            <PredictionPrompt id={id} scenarios={CACHE_EVICTION_SCENARIOS} scenario={key} />
            {prediction.answered(key) && EVICTION_PRESETS.some((preset) => preset.id === key) ? (
              <Button variant="secondary" size="sm" onClick={() => load(key)}>
                Load this stream into the lab
              </Button>
            ) : null}
          </div>
        ))}
      </section>

      {unlocked ? (
        <section className="space-y-4" aria-label="Step through a stream">
          <div className="grid gap-4 sm:grid-cols-[1fr_auto]">
            <label className="space-y-1 text-sm">
              <span className="font-medium">Request stream (keys separated by spaces or commas)</span>
              <input
                className={inputClasses}
                value={text}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `${uid}-problem` : undefined}
                onChange={(event) => {
                  setText(event.target.value);
                  restart();
                }}
              />
            </label>
            <label className="space-y-1 text-sm">
              <span className="font-medium">Capacity</span>
              <select
                className={inputClasses}
                value={capacity}
                onChange={(event) => {
                  setCapacity(Number(event.target.value));
                  restart();
                }}
              >
                {CAPACITIES.map((value) => (
                  <option key={value} value={value}>
                    {value} {value === 1 ? "key" : "keys"}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {problem ? (
            <p id={`${uid}-problem`} className="text-sm text-danger" role="alert">
              {problem}
            </p>
          ) : null}
          {runs ? (
            <>
              <GuessedStepper
                stepper={stepper}
                total={stream.length}
                status={
                  next === null
                    ? `All ${stream.length} requests played.`
                    : `Next request: #${next + 1}, key ${stream[next]}${shown === 0 ? " (the cache starts empty)" : ""}.`
                }
                lanes={lanes}
                askLabel="Ask me to predict before each eviction"
                noun="request"
                verdictLabel={next === null ? "" : `Request ${next + 1} (${stream[next]})`}
                monospace
              />
              <div className="grid gap-3 sm:grid-cols-3">
                {POLICIES.map((policy) => (
                  <CacheContents key={policy} policy={policy} steps={runs[policy]} shown={shown} />
                ))}
              </div>
              <p className="text-xs text-muted">
                LRU shows each key&apos;s last use (@), LFU its uses since it entered (×), FIFO when it entered (in@).
              </p>
              {shown > 0 ? <EvictionHistory runs={runs} shown={shown} /> : null}
            </>
          ) : null}
        </section>
      ) : (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-dashed border-border p-3 text-sm text-muted">
          <p>Predict above first: answering any scenario opens the lab.</p>
        </div>
      )}
    </div>
  );
}

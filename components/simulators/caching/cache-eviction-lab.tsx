"use client";

import { useId, useMemo, useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { CacheContents, EvictionHistory } from "@/components/simulators/caching/eviction-history";
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
  type Policy,
} from "@/lib/caching/eviction";

const SCENARIO_KEYS = Object.keys(CACHE_EVICTION_SCENARIOS);
const CAPACITIES = Array.from({ length: MAX_CAPACITY }, (_, index) => index + 1);
type Guesses = Partial<Record<Policy, string>>;

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
  const [shown, setShown] = useState(0);
  const [ask, setAsk] = useState(true);
  const [guesses, setGuesses] = useState<Guesses>({});
  const [verdict, setVerdict] = useState<string | null>(null);
  const [tally, setTally] = useState({ right: 0, total: 0 });

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

  const restart = () => {
    setShown(0);
    setGuesses({});
    setVerdict(null);
  };
  const load = (presetId: string) => {
    const preset = EVICTION_PRESETS.find((candidate) => candidate.id === presetId)!;
    setText(preset.stream.join(" "));
    setCapacity(preset.capacity);
    restart();
  };

  const next = runs && shown < stream.length ? shown : null;
  // The policies whose next request evicts something: those are the ones to guess.
  const evicting = next === null || !runs ? [] : POLICIES.filter((policy) => runs[policy][next]!.evicted !== null);
  const residents = (policy: Policy) => (runs && shown > 0 ? runs[policy][shown - 1]!.contents.map((e) => e.key) : []);
  const mustGuess = ask && evicting.length > 0;

  const step = () => {
    if (next === null || !runs) return;
    if (mustGuess) {
      const parts = evicting.map((policy) => {
        const actual = runs[policy][next]!.evicted!;
        const right = guesses[policy] === actual;
        return `${POLICY_NAMES[policy].split(" ")[0]}: ${right ? "right" : "not quite"}, it evicts ${actual}`;
      });
      const rightCount = evicting.filter((policy) => guesses[policy] === runs[policy][next]!.evicted).length;
      setTally((current) => ({ right: current.right + rightCount, total: current.total + evicting.length }));
      setVerdict(`Request ${next + 1} (${stream[next]}): ${parts.join("; ")}.`);
    } else {
      setVerdict(null);
    }
    setGuesses({});
    setShown(next + 1);
  };

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
          <label className="flex min-h-10 items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4"
              checked={ask}
              onChange={(event) => setAsk(event.target.checked)}
            />
            Ask me to predict before each eviction
          </label>

          {runs ? (
            <>
              <p className="text-sm" aria-live="polite">
                {next === null
                  ? `All ${stream.length} requests played.`
                  : `Next request: #${next + 1}, key ${stream[next]}${shown === 0 ? " (the cache starts empty)" : ""}.`}
              </p>
              {mustGuess ? (
                <div className="grid gap-3 sm:grid-cols-3">
                  {evicting.map((policy) => (
                    <fieldset key={policy} className="rounded-md border border-border p-3">
                      <legend className="px-1 text-sm font-semibold">
                        {POLICY_NAMES[policy].split(" ")[0]} is full: which key goes?
                      </legend>
                      <div className="flex flex-wrap gap-x-4">
                        {residents(policy).map((key) => (
                          <label key={key} className="flex min-h-10 items-center gap-2 font-mono text-sm">
                            <input
                              type="radio"
                              className="size-4"
                              name={`${uid}-${policy}-${shown}`}
                              checked={guesses[policy] === key}
                              onChange={() => setGuesses((current) => ({ ...current, [policy]: key }))}
                            />
                            {key}
                          </label>
                        ))}
                      </div>
                    </fieldset>
                  ))}
                </div>
              ) : null}
              <div className="flex flex-wrap gap-3">
                <Button
                  onClick={step}
                  disabled={next === null || (mustGuess && evicting.some((policy) => !guesses[policy]))}
                >
                  {mustGuess ? "Check and play the request" : "Play the next request"}
                </Button>
                <Button variant="secondary" onClick={() => setShown(stream.length)} disabled={next === null}>
                  Play all
                </Button>
                <Button variant="secondary" onClick={restart} disabled={shown === 0}>
                  Start again
                </Button>
              </div>
              <div aria-live="polite">
                {verdict ? (
                  <p className="rounded-md bg-surface px-3 py-2 text-sm">
                    {verdict} ({tally.right} of {tally.total} guesses right so far.)
                  </p>
                ) : null}
              </div>
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

import { ScrollRegion } from "@/components/ui/scroll-region";
import { POLICIES, POLICY_NAMES, type EvictionStep, type Policy } from "@/lib/caching/eviction";

const SHORT: Record<Policy, string> = { lru: "LRU", lfu: "LFU", fifo: "FIFO" };

function outcome(step: EvictionStep): string {
  if (step.hit) return "hit";
  return step.evicted ? `miss, evicts ${step.evicted}` : "miss";
}

/** The requests so far, one row each, with what every policy did: hit, miss, and the key it evicted. */
export function EvictionHistory({ runs, shown }: { runs: Record<Policy, EvictionStep[]>; shown: number }) {
  const rows = runs.lru.slice(0, shown);
  return (
    <ScrollRegion label="Eviction history">
      <table className="w-full min-w-[22rem] text-sm" data-testid="eviction-history">
        <caption className="pb-2 text-left text-muted">Each request so far and what each policy did with it.</caption>
        <thead>
          <tr className="text-left">
            <th scope="col" className="py-1 pr-3 font-semibold">
              #
            </th>
            <th scope="col" className="py-1 pr-3 font-semibold">
              Key
            </th>
            {POLICIES.map((policy) => (
              <th key={policy} scope="col" className="py-1 pr-3 font-semibold">
                <abbr title={POLICY_NAMES[policy]}>{SHORT[policy]}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.time} className="border-t border-border">
              <td className="py-1 pr-3 font-mono">{row.time}</td>
              <th scope="row" className="py-1 pr-3 text-left font-mono">
                {row.key}
              </th>
              {POLICIES.map((policy) => {
                const step = runs[policy][index]!;
                return (
                  <td key={policy} className={step.hit ? "py-1 pr-3 text-success" : "py-1 pr-3"}>
                    {step.hit ? "✓ " : "✗ "}
                    {outcome(step)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** What one policy holds after the requests shown, next victim first. */
export function CacheContents({ policy, steps, shown }: { policy: Policy; steps: EvictionStep[]; shown: number }) {
  const upTo = steps.slice(0, shown);
  const last = upTo.at(-1);
  const hits = upTo.filter((step) => step.hit).length;
  return (
    <div className="rounded-md border border-border bg-surface p-3" data-policy={policy}>
      <h4 className="text-sm font-semibold">{POLICY_NAMES[policy]}</h4>
      <p className="text-xs text-muted">
        {hits} {hits === 1 ? "hit" : "hits"}, {upTo.length - hits} {upTo.length - hits === 1 ? "miss" : "misses"}
      </p>
      <p className="mt-2 text-xs text-muted">In the cache, next to go first:</p>
      {last && last.contents.length > 0 ? (
        <ol className="mt-1 flex flex-wrap gap-2">
          {last.contents.map((entry, index) => (
            <li key={entry.key} className="rounded border border-border bg-bg px-2 py-1 font-mono text-sm">
              {index === 0 ? <span className="sr-only">next victim: </span> : null}
              {entry.key}
              {policy === "lfu" ? <span className="text-muted"> ×{entry.uses}</span> : null}
              {policy === "lru" ? <span className="text-muted"> @{entry.lastUsedAt}</span> : null}
              {policy === "fifo" ? <span className="text-muted"> in@{entry.insertedAt}</span> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-1 text-sm">Empty</p>
      )}
    </div>
  );
}

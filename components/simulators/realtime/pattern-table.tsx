import { ScrollRegion } from "@/components/ui/scroll-region";
import type { Outcome, Pattern } from "@/lib/realtime/push-pull";
import { PATTERN_LABELS } from "@/lib/realtime/push-pull";
import { formatCount, formatSeconds, formatWindow } from "@/components/simulators/realtime/format";
import { cn } from "@/lib/cn";

/** Every pattern on the same events, side by side; the chosen one is marked in words, not only colour. */
export function PatternTable({
  outcomes,
  chosen,
  durationS,
}: {
  outcomes: Outcome[];
  chosen: Pattern;
  durationS: number;
}) {
  return (
    <ScrollRegion label="The four patterns compared">
      <table className="w-full min-w-[36rem] text-left text-sm" data-testid="push-pull-table">
        <caption className="mb-2 text-left text-muted">
          The same events followed four ways over {formatWindow(durationS)} (network time included).
        </caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-2 pr-3">
              Pattern
            </th>
            <th scope="col" className="py-2 pr-3">
              Requests sent
            </th>
            <th scope="col" className="py-2 pr-3">
              Empty responses
            </th>
            <th scope="col" className="py-2 pr-3">
              Average delay
            </th>
            <th scope="col" className="py-2 pr-3">
              Worst delay
            </th>
            <th scope="col" className="py-2 pr-3">
              Open per 1,000 clients
            </th>
            <th scope="col" className="py-2">
              Requests/s per 1,000 clients
            </th>
          </tr>
        </thead>
        <tbody>
          {outcomes.map((outcome) => (
            <tr
              key={outcome.pattern}
              className={cn("border-b border-border", outcome.pattern === chosen && "bg-accent-soft font-semibold")}
            >
              <th scope="row" className="py-2 pr-3 font-medium">
                {PATTERN_LABELS[outcome.pattern]}
                {outcome.pattern === chosen ? " (shown)" : ""}
              </th>
              <td className="py-2 pr-3">{formatCount(outcome.requests)}</td>
              <td className="py-2 pr-3">{formatCount(outcome.emptyResponses)}</td>
              <td className="py-2 pr-3">{formatSeconds(outcome.averageDelayS)}</td>
              <td className="py-2 pr-3">{formatSeconds(outcome.worstDelayS)}</td>
              <td className="py-2 pr-3">{formatCount(outcome.heldPer1000)}</td>
              <td className="py-2">{formatCount(outcome.requestsPerSecondPer1000)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

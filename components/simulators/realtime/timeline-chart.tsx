import { ScrollRegion } from "@/components/ui/scroll-region";
import type { Outcome } from "@/lib/realtime/push-pull";
import { PATTERN_LABELS } from "@/lib/realtime/push-pull";
import { formatSeconds, formatWindow } from "@/components/simulators/realtime/format";

const WIDTH = 1000;
const LEFT = 20;
const RIGHT = 20;
const ROWS = { events: 30, requests: 80, delivered: 130 } as const;

/**
 * The first `spanS` seconds of one pattern's run: events at the server (top),
 * the client's requests (middle: a filled end for a response carrying news, a
 * hollow one for an empty response, a bar while a request is held) and the
 * moment each event reaches the client (bottom), joined to its event.
 */
export function TimelineChart({
  outcome,
  events,
  spanS,
}: {
  outcome: Outcome;
  events: readonly number[];
  spanS: number;
}) {
  const x = (t: number) => LEFT + (Math.min(t, spanS) / spanS) * (WIDTH - LEFT - RIGHT);
  const shown = events.filter((t) => t < spanS);
  const exchanges = outcome.exchanges.filter((exchange) => exchange.sentAt < spanS);
  const deliveries = outcome.deliveries.filter((delivery) => delivery.eventAt < spanS);
  const streaming = outcome.pattern === "sse" || outcome.pattern === "websocket";
  const ticks = Array.from({ length: 5 }, (_, index) => (spanS * index) / 4);
  const empty = exchanges.filter((exchange) => exchange.events === 0).length;

  return (
    <ScrollRegion label="Delivery timeline">
      <svg
        viewBox={`0 0 ${WIDTH} 175`}
        className="min-w-[40rem] text-fg"
        role="img"
        aria-label={`${PATTERN_LABELS[outcome.pattern]}, first ${formatWindow(spanS)}: ${shown.length} events at the server, ${
          streaming ? "one open stream" : `${exchanges.length} requests, ${empty} of them answered with nothing new`
        }.`}
      >
        <g className="fill-muted text-[13px]">
          <text x={LEFT} y={ROWS.events - 14}>
            Events at the server
          </text>
          <text x={LEFT} y={ROWS.requests - 14}>
            {streaming ? "One open stream" : "Requests (● carried news, ○ came back empty)"}
          </text>
          <text x={LEFT} y={ROWS.delivered - 14}>
            Client has the event
          </text>
        </g>
        {[ROWS.events, ROWS.requests, ROWS.delivered].map((y) => (
          <line key={y} x1={LEFT} x2={WIDTH - RIGHT} y1={y} y2={y} className="stroke-border" strokeWidth={1} />
        ))}
        {deliveries.map((delivery, index) => (
          <line
            key={`d${index}`}
            x1={x(delivery.eventAt)}
            y1={ROWS.events}
            x2={x(delivery.deliveredAt)}
            y2={ROWS.delivered}
            className="stroke-accent"
            strokeOpacity={0.45}
            strokeWidth={1.5}
          />
        ))}
        {streaming ? (
          <rect
            x={x(0)}
            y={ROWS.requests - 4}
            width={x(spanS) - x(0)}
            height={8}
            rx={4}
            className="fill-accent"
            fillOpacity={0.35}
          />
        ) : (
          exchanges.map((exchange, index) => {
            const held = x(exchange.receivedAt) - x(exchange.sentAt);
            const end = x(exchange.receivedAt);
            return (
              <g key={`r${index}`}>
                {held > 2 ? (
                  <rect
                    x={x(exchange.sentAt)}
                    y={ROWS.requests - 3}
                    width={held}
                    height={6}
                    className="fill-muted"
                    fillOpacity={0.3}
                  />
                ) : null}
                <circle
                  cx={end}
                  cy={ROWS.requests}
                  r={4}
                  strokeWidth={1.5}
                  className={exchange.events > 0 ? "fill-accent stroke-accent" : "fill-bg stroke-muted"}
                />
              </g>
            );
          })
        )}
        {shown.map((t, index) => (
          <path
            key={`e${index}`}
            d={`M ${x(t)} ${ROWS.events - 6} l 5 9 h -10 z`}
            className="fill-fg"
            aria-hidden="true"
          />
        ))}
        {deliveries.map((delivery, index) => (
          <circle key={`c${index}`} cx={x(delivery.deliveredAt)} cy={ROWS.delivered} r={3.5} className="fill-success" />
        ))}
        <g className="fill-muted text-[12px]">
          {ticks.map((t) => (
            <text key={t} x={x(t)} y={165} textAnchor={t === 0 ? "start" : t === spanS ? "end" : "middle"}>
              {formatSeconds(t)}
            </text>
          ))}
        </g>
      </svg>
    </ScrollRegion>
  );
}

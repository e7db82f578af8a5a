/**
 * The push/pull timeline's model: one client following a stream of server
 * events with short polling, long polling, server-sent events (SSE) or a
 * WebSocket. Pure and deterministic: the events are given as times (seconds),
 * and the model says which requests the client sends, which responses carry
 * nothing new, when each event reaches the client, and how many requests or
 * streams are open at once for 1,000 such clients.
 *
 * Assumptions, stated in the lesson too:
 * - the network takes half the round-trip time each way; the server answers
 *   instantly (no queueing, no processing time);
 * - the server keeps every event until the client has it (a cursor per
 *   client), so nothing is lost between two requests;
 * - short polls go out at 0, I, 2I, … whatever the responses say;
 * - a long poll is re-sent the moment its response arrives;
 * - SSE and WebSocket open one stream at 0 and keep it for the whole window
 *   (no drops, no reconnects).
 */
export const PATTERNS = ["short-poll", "long-poll", "sse", "websocket"] as const;
export type Pattern = (typeof PATTERNS)[number];

export const PATTERN_LABELS: Record<Pattern, string> = {
  "short-poll": "Short polling",
  "long-poll": "Long polling",
  sse: "Server-sent events",
  websocket: "WebSocket",
};

export type TimelineSettings = {
  /** Length of the window observed, in seconds. */
  durationS: number;
  /** Event times at the server, in seconds, ascending, each in [0, durationS). */
  events: readonly number[];
  /** Short polling: seconds between two polls. */
  pollIntervalS: number;
  /** Long polling: how long the server holds a request before answering "nothing new". */
  longPollTimeoutS: number;
  /** Network round-trip time, in seconds. */
  rttS: number;
};

/** One HTTP request (or the one stream) as the client sees it. */
export type Exchange = {
  /** When the client sent it. */
  sentAt: number;
  /** When the server answered (for a stream: when it opened). */
  answeredAt: number;
  /** When the answer reached the client. */
  receivedAt: number;
  /** How many events the answer carried (for a stream: 0; see deliveries). */
  events: number;
};

export type Delivery = { eventAt: number; deliveredAt: number; delayS: number };

export type Outcome = {
  pattern: Pattern;
  /** Requests the client sent during the window (a stream counts as its one opening request). */
  requests: number;
  /** Of those, responses that carried no new event. */
  emptyResponses: number;
  exchanges: Exchange[];
  deliveries: Delivery[];
  /** Mean time from an event at the server to the client having it; null with no events. */
  averageDelayS: number | null;
  worstDelayS: number | null;
  /** Requests or streams open at an average moment, for 1,000 clients like this one. */
  heldPer1000: number;
  /** Requests per second that 1,000 such clients send. */
  requestsPerSecondPer1000: number;
};

/** Null when the settings make sense; otherwise what is wrong with them. */
export function settingsProblem(settings: TimelineSettings): string | null {
  const { durationS, events, pollIntervalS, longPollTimeoutS, rttS } = settings;
  if (!(durationS > 0) || !Number.isFinite(durationS)) return "The window must be longer than 0 s.";
  if (!(pollIntervalS > 0) || !Number.isFinite(pollIntervalS)) return "The poll interval must be longer than 0 s.";
  if (!(longPollTimeoutS > 0) || !Number.isFinite(longPollTimeoutS))
    return "The long-poll timeout must be longer than 0 s.";
  if (!(rttS >= 0) || !Number.isFinite(rttS)) return "The round-trip time cannot be negative.";
  for (let index = 0; index < events.length; index++) {
    const at = events[index]!;
    if (!(at >= 0 && at < durationS)) return "Every event must fall inside the window.";
    if (index > 0 && at < events[index - 1]!) return "Events must be listed in time order.";
  }
  return null;
}

const round = (seconds: number) => Math.round(seconds * 1e6) / 1e6;

function summarise(
  pattern: Pattern,
  settings: TimelineSettings,
  exchanges: Exchange[],
  deliveries: Delivery[],
): Outcome {
  const inWindow = exchanges.filter((exchange) => exchange.sentAt < settings.durationS);
  const delays = deliveries.map((delivery) => delivery.delayS);
  const streaming = pattern === "sse" || pattern === "websocket";
  // Time during which the client has a request (or its stream) outstanding, clipped to the window.
  const held = inWindow.reduce(
    (sum, exchange) =>
      sum +
      Math.max(0, Math.min(streaming ? settings.durationS : exchange.receivedAt, settings.durationS) - exchange.sentAt),
    0,
  );
  return {
    pattern,
    requests: inWindow.length,
    emptyResponses: streaming ? 0 : inWindow.filter((exchange) => exchange.events === 0).length,
    exchanges,
    deliveries,
    averageDelayS: delays.length ? round(delays.reduce((a, b) => a + b, 0) / delays.length) : null,
    worstDelayS: delays.length ? round(Math.max(...delays)) : null,
    heldPer1000: round((1000 * held) / settings.durationS),
    requestsPerSecondPer1000: round((1000 * inWindow.length) / settings.durationS),
  };
}

/**
 * One request's round trip: the response carries every event the server holds
 * when it answers. Records the exchange and the deliveries; returns the index
 * of the first event still undelivered.
 */
function respond(
  trace: { exchanges: Exchange[]; deliveries: Delivery[] },
  events: readonly number[],
  next: number,
  times: { sentAt: number; answeredAt: number; receivedAt: number },
): number {
  let carried = 0;
  while (next < events.length && events[next]! <= times.answeredAt) {
    trace.deliveries.push({
      eventAt: events[next]!,
      deliveredAt: round(times.receivedAt),
      delayS: round(times.receivedAt - events[next]!),
    });
    next++;
    carried++;
  }
  trace.exchanges.push({
    sentAt: round(times.sentAt),
    answeredAt: round(times.answeredAt),
    receivedAt: round(times.receivedAt),
    events: carried,
  });
  return next;
}

function shortPoll(settings: TimelineSettings): Outcome {
  const { events, pollIntervalS: interval, rttS, durationS } = settings;
  const half = rttS / 2;
  const exchanges: Exchange[] = [];
  const deliveries: Delivery[] = [];
  let next = 0; // index of the first event not yet delivered
  // Polls continue past the window until every event is delivered; only those sent inside it are counted.
  for (let k = 0; k * interval < durationS || next < events.length; k++) {
    const sentAt = k * interval;
    const answeredAt = sentAt + half;
    const receivedAt = answeredAt + half;
    next = respond({ exchanges, deliveries }, events, next, { sentAt, answeredAt, receivedAt });
  }
  return summarise("short-poll", settings, exchanges, deliveries);
}

function longPoll(settings: TimelineSettings): Outcome {
  const { events, longPollTimeoutS: timeout, rttS, durationS } = settings;
  const half = rttS / 2;
  const exchanges: Exchange[] = [];
  const deliveries: Delivery[] = [];
  let next = 0;
  let sentAt = 0;
  while (sentAt < durationS || next < events.length) {
    const arrives = sentAt + half;
    // Answer at once if an event is already waiting, else at the next event, else at the timeout.
    const pending = next < events.length ? events[next]! : Number.POSITIVE_INFINITY;
    const answeredAt = pending <= arrives ? arrives : Math.min(pending, arrives + timeout);
    const receivedAt = answeredAt + half;
    next = respond({ exchanges, deliveries }, events, next, { sentAt, answeredAt, receivedAt });
    sentAt = receivedAt;
  }
  return summarise("long-poll", settings, exchanges, deliveries);
}

function stream(pattern: "sse" | "websocket", settings: TimelineSettings): Outcome {
  const half = settings.rttS / 2;
  const open = half; // the server has the request (SSE) or the upgrade (WebSocket) and keeps the stream
  const exchanges: Exchange[] = [{ sentAt: 0, answeredAt: round(open), receivedAt: round(open + half), events: 0 }];
  const deliveries = settings.events.map((eventAt) => {
    const deliveredAt = Math.max(eventAt, open) + half;
    return { eventAt, deliveredAt: round(deliveredAt), delayS: round(deliveredAt - eventAt) };
  });
  return summarise(pattern, settings, exchanges, deliveries);
}

/** What one pattern does with these settings. Throws on settings that make no sense. */
export function simulate(pattern: Pattern, settings: TimelineSettings): Outcome {
  const problem = settingsProblem(settings);
  if (problem) throw new RangeError(problem);
  switch (pattern) {
    case "short-poll":
      return shortPoll(settings);
    case "long-poll":
      return longPoll(settings);
    case "sse":
    case "websocket":
      return stream(pattern, settings);
  }
}

/** Every pattern on the same events, in the order of PATTERNS. */
export const compareAll = (settings: TimelineSettings) => PATTERNS.map((pattern) => simulate(pattern, settings));

/** The pattern that sends the most requests; ties go to the earlier one in PATTERNS. */
export function mostRequests(settings: TimelineSettings): Pattern {
  return compareAll(settings).reduce((best, outcome) => (outcome.requests > best.requests ? outcome : best)).pattern;
}

/**
 * Short polling's expected delay for events placed uniformly at random: the
 * wait for the next poll to reach the server is uniform on [0, I), mean I/2,
 * plus the one-way trip back.
 */
export const expectedShortPollDelayS = (pollIntervalS: number, rttS = 0) => pollIntervalS / 2 + rttS / 2;

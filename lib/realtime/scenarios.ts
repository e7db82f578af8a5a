import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import { PATTERN_LABELS, PATTERNS, simulate, mostRequests, type TimelineSettings } from "@/lib/realtime/push-pull";
import { evenSchedule, poissonSchedule } from "@/lib/realtime/schedule";
import { formatNumber } from "@/lib/format/number";

/**
 * The push/pull timeline's "predict, then see" scenarios. Every answer is
 * computed here by the model from the scenario's settings, never typed in, so
 * the server scores a saved prediction exactly as the simulator shows it.
 */
export const RTT_S = 0.1;

/** Each scenario's settings, which the simulator can load to show the answer on the timeline. */
export const SCENARIO_SETTINGS = {
  // One event a minute for ten minutes; polls every 2 s; long polls time out after 30 s.
  "most-requests": {
    durationS: 600,
    events: evenSchedule({ everyS: 60, firstAtS: 40, durationS: 600 }),
    pollIntervalS: 2,
    longPollTimeoutS: 30,
    rttS: RTT_S,
  },
  // An hour of events arriving at random, two a minute on average; a poll every 30 s.
  "poll-delay": {
    durationS: 3600,
    events: poissonSchedule({ perMinute: 2, durationS: 3600, seed: 7 }),
    pollIntervalS: 30,
    longPollTimeoutS: 30,
    rttS: RTT_S,
  },
  // The same hour, followed with long polls that time out after 30 s.
  "long-poll-delay": {
    durationS: 3600,
    events: poissonSchedule({ perMinute: 2, durationS: 3600, seed: 7 }),
    pollIntervalS: 30,
    longPollTimeoutS: 30,
    rttS: RTT_S,
  },
  // A quiet channel: one event every ten minutes on average, long polls with a 30 s timeout.
  "quiet-long-poll": {
    durationS: 3600,
    events: poissonSchedule({ perMinute: 0.1, durationS: 3600, seed: 11 }),
    pollIntervalS: 30,
    longPollTimeoutS: 30,
    rttS: RTT_S,
  },
  // 1,000 clients: SSE against a short poll every 30 s.
  "held-connections": {
    durationS: 600,
    events: evenSchedule({ everyS: 60, firstAtS: 40, durationS: 600 }),
    pollIntervalS: 30,
    longPollTimeoutS: 30,
    rttS: RTT_S,
  },
} satisfies Record<string, TimelineSettings>;

export type ScenarioKey = keyof typeof SCENARIO_SETTINGS;

/** The pattern each scenario is about, for loading it into the timeline. */
export const SCENARIO_PATTERN: Record<ScenarioKey, (typeof PATTERNS)[number]> = {
  "most-requests": "short-poll",
  "poll-delay": "short-poll",
  "long-poll-delay": "long-poll",
  "quiet-long-poll": "long-poll",
  "held-connections": "sse",
};

/** The option whose value is closest to `value` (ties go to the first). */
export function nearestOption<T extends { id: string; value: number }>(options: readonly T[], value: number): string {
  return options.reduce((best, option) =>
    Math.abs(option.value - value) < Math.abs(best.value - value) ? option : best,
  ).id;
}

const delayOptions = [
  { id: "one-trip", label: "About one network trip (well under a second)", value: RTT_S },
  { id: "fifteen", label: "About 15 s", value: 15 },
  { id: "thirty", label: "About 30 s", value: 30 },
  { id: "sixty", label: "About 60 s", value: 60 },
] as const;
const asOptions = (options: readonly { id: string; label: string }[]) =>
  options.map(({ id, label }) => ({ id, label }));

const busy = {
  shortPoll: simulate("short-poll", SCENARIO_SETTINGS["most-requests"]),
  longPoll: simulate("long-poll", SCENARIO_SETTINGS["most-requests"]),
};
const pollDelay = simulate("short-poll", SCENARIO_SETTINGS["poll-delay"]).averageDelayS ?? 0;
const longPollDelay = simulate("long-poll", SCENARIO_SETTINGS["long-poll-delay"]).averageDelayS ?? 0;

const quiet = simulate("long-poll", SCENARIO_SETTINGS["quiet-long-poll"]);
const quietEmptyShare = quiet.requests ? quiet.emptyResponses / quiet.requests : 0;
const emptyShareOptions = [
  { id: "almost-none", label: "Almost none: long polling only answers when there is news", value: 0.05 },
  { id: "about-half", label: "About half of them", value: 0.5 },
  { id: "most", label: "Most of them: nearly every response is a timeout", value: 0.95 },
] as const;

const sseHeld = simulate("sse", SCENARIO_SETTINGS["held-connections"]).heldPer1000;
const pollHeld = simulate("short-poll", SCENARIO_SETTINGS["held-connections"]).heldPer1000;
const heldAnswer =
  sseHeld > 10 * pollHeld
    ? "sse-far-more"
    : pollHeld > 10 * sseHeld
      ? "poll-far-more"
      : sseHeld > 100
        ? "both-many"
        : "both-few";

export const PUSH_PULL_SCENARIOS: PredictionScenarios = {
  "most-requests": {
    question:
      "One event a minute for ten minutes. Short polls go out every 2 s, long polls time out after 30 s. Which pattern sends the most requests?",
    options: PATTERNS.map((pattern) => ({ id: pattern, label: PATTERN_LABELS[pattern] })),
    answer: mostRequests(SCENARIO_SETTINGS["most-requests"]),
    why: `Short polling asks every 2 s whatever happens: ${busy.shortPoll.requests} requests for ${SCENARIO_SETTINGS["most-requests"].events.length} events, ${busy.shortPoll.emptyResponses} of them answered with nothing. Long polling sends one request per event or per 30 s timeout: ${busy.longPoll.requests}. SSE and a WebSocket each send one request, to open the stream.`,
  },
  "poll-delay": {
    question:
      "Events arrive at random, two a minute on average, and the client polls every 30 s. What is the average delay from an event to the client seeing it?",
    options: asOptions(delayOptions),
    answer: nearestOption(delayOptions, pollDelay),
    why: `An event lands at a random point between two polls, so it waits on average half the interval, 30 / 2 = 15 s, plus the trip back. On this hour's ${SCENARIO_SETTINGS["poll-delay"].events.length} events the model measures ${pollDelay.toFixed(1)} s; the unluckiest waited almost the full 30 s.`,
  },
  "long-poll-delay": {
    question: "The same events, now followed with long polls that time out after 30 s. What is the average delay now?",
    options: asOptions(delayOptions),
    answer: nearestOption(delayOptions, longPollDelay),
    why: "A long poll is already parked at the server when the event happens, so the answer leaves at once: the delay is the trip back to the client. The 30 s timeout only decides how often an empty answer comes back on a quiet channel.",
  },
  "quiet-long-poll": {
    question:
      "A quiet channel: one event every ten minutes on average, long polls with a 30 s timeout, for an hour. What share of the responses carry nothing new?",
    options: asOptions(emptyShareOptions),
    answer: nearestOption(emptyShareOptions, quietEmptyShare),
    why: `In this hour ${quiet.requests} long polls went out and ${quiet.emptyResponses} came back empty at the timeout: with about 20 timeouts between two events, nearly every response is empty. Long polling cuts waste when events are frequent; on a quiet channel it still pays one request per timeout.`,
  },
  "held-connections": {
    question:
      "1,000 clients follow the same feed. Compare SSE with a short poll every 30 s (100 ms round trip): how many requests or streams are open at an average moment?",
    options: [
      { id: "sse-far-more", label: "SSE holds about 1,000; short polling only a handful" },
      { id: "both-many", label: "Both hold about 1,000" },
      { id: "poll-far-more", label: "Short polling holds about 1,000; SSE only a handful" },
      { id: "both-few", label: "Both hold only a handful" },
    ],
    answer: heldAnswer,
    why: `Every SSE client keeps its stream open all the time: ${formatNumber(Math.round(sseHeld))} open streams. A short poll is in flight for one round trip every 30 s, so about 1,000 × 0.1 / 30 ≈ ${pollHeld.toFixed(1)} are open at once. Polling pays in requests and delay instead.`,
  },
};

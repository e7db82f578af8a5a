/**
 * Error budgets and burn-rate alerts for an availability SLO. Pure and
 * deterministic: the SloCalculator and the observability chapter's answer keys
 * both read these functions.
 *
 * Conventions:
 * - a target is a percentage (99.9), an error rate a percentage of requests (0.3);
 * - the budget fraction is 1 − target, so 99.9 % leaves 0.001 of requests (or minutes);
 * - the burn rate is the observed error rate divided by the budget fraction:
 *   at 1 the budget lasts exactly the window, at 14.4 it lasts window / 14.4;
 * - the alert rules are the starting point of the Google SRE Workbook
 *   ("Alerting on SLOs", table 5-8): each rule fires when the burn rate over
 *   its long window AND over its short window (1/12 of the long one) both
 *   exceed its threshold.
 */

export const MINUTES_PER_DAY = 1_440;
export const SECONDS_PER_DAY = 86_400;

export type SloInput = {
  /** The objective, as a percentage: 99.9 for "three nines". */
  targetPercent: number;
  /** The rolling window the objective is judged over, in days (30 in most examples). */
  windowDays: number;
  /** Average requests per second, to express the budget in requests (optional). */
  requestsPerSecond?: number;
};

function targetProblem(targetPercent: number): string | null {
  if (!Number.isFinite(targetPercent)) return "Enter a target, such as 99.9.";
  if (targetPercent >= 100) return "The target must be below 100 %: a 100 % objective leaves no error budget at all.";
  if (targetPercent <= 0) return "The target must be above 0 %.";
  return null;
}

function windowProblem(windowDays: number): string | null {
  if (!Number.isFinite(windowDays)) return "Enter a window in days, such as 30.";
  if (windowDays < 1 || windowDays > 365) return "The window must be between 1 and 365 days.";
  return null;
}

/** Null when the inputs make sense; otherwise a sentence saying what to change. */
export function sloProblem(input: SloInput): string | null {
  const { targetPercent, windowDays, requestsPerSecond } = input;
  const problem = targetProblem(targetPercent) ?? windowProblem(windowDays);
  if (problem) return problem;
  if (requestsPerSecond !== undefined) {
    if (!Number.isFinite(requestsPerSecond)) return "Enter a request rate, such as 200.";
    if (requestsPerSecond < 0) return "The request rate cannot be negative.";
  }
  return null;
}

function fail(problem: string | null) {
  if (problem) throw new Error(problem);
}

/**
 * The share of requests (or minutes) the objective lets fail: 1 − target.
 * Rounded to 11 decimal places so that 100 − 99.9 gives exactly 0.001, not
 * 0.000999999999999943 (targets with more than 9 decimals are not supported).
 */
export function budgetFraction(targetPercent: number): number {
  fail(targetProblem(targetPercent));
  return Math.round((100 - targetPercent) * 1e9) / 1e11;
}

export type ErrorBudget = {
  fraction: number;
  /** Minutes of total outage the window allows: window minutes × fraction. */
  minutes: number;
  /** Failed requests the window allows at the given rate, or null without a rate. */
  requests: number | null;
};

export function errorBudget(input: SloInput): ErrorBudget {
  fail(sloProblem(input));
  const fraction = budgetFraction(input.targetPercent);
  return {
    fraction,
    minutes: input.windowDays * MINUTES_PER_DAY * fraction,
    requests:
      input.requestsPerSecond === undefined
        ? null
        : input.requestsPerSecond * input.windowDays * SECONDS_PER_DAY * fraction,
  };
}

/** The burn rate of an error rate (a percentage of requests) against a target: errors / budget. */
export function burnRate(errorPercent: number, targetPercent: number): number {
  if (!Number.isFinite(errorPercent) || errorPercent < 0 || errorPercent > 100)
    throw new Error("The error rate must be between 0 and 100 %.");
  return errorPercent / 100 / budgetFraction(targetPercent);
}

function checkBurn(rate: number) {
  if (!Number.isFinite(rate) || rate <= 0) throw new Error("The burn rate must be a number above 0.");
}

/** Days until a steady burn rate spends a whole window's budget: window / burn rate. */
export function exhaustionDays(rate: number, windowDays: number): number {
  checkBurn(rate);
  fail(windowProblem(windowDays));
  return windowDays / rate;
}

/** The share of the window's budget a steady burn rate spends in `hours`: rate × hours / window hours. */
export function budgetSpent(rate: number, hours: number, windowDays: number): number {
  checkBurn(rate);
  fail(windowProblem(windowDays));
  if (!Number.isFinite(hours) || hours < 0) throw new Error("The time must be zero or more hours.");
  return (rate * hours) / (windowDays * 24);
}

export type AlertRule = {
  id: "page-fast" | "page-slow" | "ticket";
  severity: "page" | "ticket";
  label: string;
  longMinutes: number;
  shortMinutes: number;
  /** The burn rate both windows must exceed. */
  threshold: number;
};

/** The SRE Workbook's starting point for a 30-day objective, most urgent first. */
export const ALERT_RULES: readonly AlertRule[] = [
  {
    id: "page-fast",
    severity: "page",
    label: "Page: 1 h and 5 min above 14.4",
    longMinutes: 60,
    shortMinutes: 5,
    threshold: 14.4,
  },
  {
    id: "page-slow",
    severity: "page",
    label: "Page: 6 h and 30 min above 6",
    longMinutes: 360,
    shortMinutes: 30,
    threshold: 6,
  },
  {
    id: "ticket",
    severity: "ticket",
    label: "Ticket: 3 days and 6 h above 1",
    longMinutes: 4_320,
    shortMinutes: 360,
    threshold: 1,
  },
];

/**
 * What the service did recently: a steady error rate during one incident, on
 * top of a steady baseline. The incident began `startedMinutesAgo` minutes ago
 * and lasted `lastedMinutes` (still going if that reaches now).
 */
export type Incident = {
  errorPercent: number;
  startedMinutesAgo: number;
  lastedMinutes: number;
  /** The error rate outside the incident (0 if omitted). */
  baselinePercent?: number;
};

export function incidentProblem(incident: Incident): string | null {
  const { errorPercent, startedMinutesAgo, lastedMinutes, baselinePercent = 0 } = incident;
  for (const [value, name] of [
    [errorPercent, "incident's error rate"],
    [baselinePercent, "baseline error rate"],
  ] as const) {
    if (!Number.isFinite(value)) return `Enter the ${name} as a percentage.`;
    if (value < 0 || value > 100) return `The ${name} must be between 0 and 100 %.`;
  }
  if (!Number.isFinite(startedMinutesAgo) || startedMinutesAgo < 0)
    return "Enter when the incident started, in minutes ago (0 or more).";
  if (!Number.isFinite(lastedMinutes) || lastedMinutes < 0)
    return "Enter how long the incident lasted, in minutes (0 or more).";
  if (lastedMinutes > startedMinutesAgo)
    return "The incident cannot have lasted longer than the time since it started.";
  return null;
}

/** The average error rate (a percentage) over the last `windowMinutes`. */
export function windowErrorPercent(incident: Incident, windowMinutes: number): number {
  const problem = incidentProblem(incident);
  if (problem) throw new Error(problem);
  if (!(windowMinutes > 0)) throw new Error("A window must be longer than 0 minutes.");
  const { errorPercent, startedMinutesAgo, lastedMinutes, baselinePercent = 0 } = incident;
  // Time runs in minutes ago: the window is [windowMinutes, 0], the incident [startedMinutesAgo, startedMinutesAgo − lastedMinutes].
  const endedMinutesAgo = startedMinutesAgo - lastedMinutes;
  const overlap = Math.max(0, Math.min(windowMinutes, startedMinutesAgo) - endedMinutesAgo);
  return (errorPercent * overlap + baselinePercent * (windowMinutes - overlap)) / windowMinutes;
}

export type AlertState = {
  rule: AlertRule;
  longBurn: number;
  shortBurn: number;
  fires: boolean;
};

/** Each rule's burn rates over its two windows, and whether it fires (both strictly above the threshold). */
export function evaluateAlerts(targetPercent: number, incident: Incident): AlertState[] {
  return ALERT_RULES.map((rule) => {
    const longBurn = burnRate(windowErrorPercent(incident, rule.longMinutes), targetPercent);
    const shortBurn = burnRate(windowErrorPercent(incident, rule.shortMinutes), targetPercent);
    return { rule, longBurn, shortBurn, fires: longBurn > rule.threshold && shortBurn > rule.threshold };
  });
}

/** The firing rules as one key, most urgent first ("page-slow+ticket"), or "none". */
export function firingKey(states: readonly AlertState[]): string {
  const firing = states.filter((state) => state.fires).map((state) => state.rule.id);
  return firing.length === 0 ? "none" : firing.join("+");
}

/**
 * For a steady error rate that starts now on a clean service: how many minutes
 * until each rule fires, or null if it never does. The long window is the
 * slower to fill: its average reaches burn × t / long after t minutes, so it
 * passes the threshold once t > threshold × long / burn (and the short window,
 * 12 times shorter, has passed it already).
 */
export function minutesToFire(
  targetPercent: number,
  errorPercent: number,
): { rule: AlertRule; minutes: number | null }[] {
  const rate = burnRate(errorPercent, targetPercent);
  return ALERT_RULES.map((rule) => ({
    rule,
    minutes: rate > rule.threshold ? (rule.threshold * rule.longMinutes) / rate : null,
  }));
}

/** The first rule to fire for a steady error rate starting now, or null if none ever does. */
export function firstAlert(targetPercent: number, errorPercent: number): { rule: AlertRule; minutes: number } | null {
  const times = minutesToFire(targetPercent, errorPercent).flatMap(({ rule, minutes }) =>
    minutes === null ? [] : [{ rule, minutes }],
  );
  if (times.length === 0) return null;
  return times.reduce((best, next) => (next.minutes < best.minutes ? next : best));
}

/** The id of the option whose value is nearest `value`; throws unless it is within 5 %, so a key always has a true option. */
export function nearestOption(value: number, options: readonly { id: string; value: number }[]): string {
  const best = options.reduce((a, b) => (Math.abs(b.value - value) < Math.abs(a.value - value) ? b : a));
  const off = value === 0 ? Math.abs(best.value) : Math.abs(best.value - value) / Math.abs(value);
  if (off > 0.05) throw new Error(`no option is within 5 % of ${value}`);
  return best.id;
}

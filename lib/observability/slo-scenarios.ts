import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import {
  errorBudget,
  evaluateAlerts,
  exhaustionDays,
  firingKey,
  firstAlert,
  nearestOption,
  type Incident,
} from "@/lib/observability/slo";

/**
 * The SloCalculator's questions. Every answer is computed by the model in
 * lib/observability/slo.ts from the inputs each question states, so the key
 * cannot drift from what the calculator shows.
 */
export const SLO_INPUTS = {
  "four-nines-minutes": { targetPercent: 99.99, windowDays: 30 },
  "budget-requests": { targetPercent: 99.9, windowDays: 30, requestsPerSecond: 200 },
  "burn-exhaustion": { burnRate: 14.4, windowDays: 30 },
  "fast-burn-first-alert": { targetPercent: 99.9, errorPercent: 2 },
  "slow-burn": {
    targetPercent: 99.9,
    incident: { errorPercent: 0.3, startedMinutesAgo: 2 * 1_440, lastedMinutes: 2 * 1_440 },
  },
  "outage-over": {
    targetPercent: 99.9,
    incident: { errorPercent: 100, startedMinutesAgo: 45, lastedMinutes: 5 },
  },
} as const satisfies Record<string, object>;

export type SloScenarioKey = keyof typeof SLO_INPUTS;

const withValues = <T extends { id: string; label: string; value: number }>(options: readonly T[]) => ({
  options: options.map(({ id, label }) => ({ id, label })),
  pick: (value: number) => nearestOption(value, options),
});

const fourNines = withValues([
  { id: "m0-43", label: "About 0.43 minutes (26 seconds)", value: 0.432 },
  { id: "m4-3", label: "About 4.3 minutes", value: 4.32 },
  { id: "m43", label: "About 43 minutes", value: 43.2 },
  { id: "m52", label: "About 52.6 minutes", value: 52.6 },
]);

const requests = withValues([
  { id: "r8640", label: "8,640 requests", value: 8_640 },
  { id: "r51840", label: "51,840 requests", value: 51_840 },
  { id: "r518400", label: "518,400 requests", value: 518_400 },
  { id: "r5184000", label: "5,184,000 requests", value: 5_184_000 },
]);

const exhaustion = withValues([
  { id: "h2", label: "About 2 hours", value: 2 / 24 },
  { id: "d2", label: "About 2 days (50 hours)", value: 50 / 24 },
  { id: "d14", label: "About 14 days", value: 14 },
  { id: "d30", label: "30 days: the window", value: 30 },
]);

/** The first alert for a steady error rate, as an option id: "<rule>@<whole minutes>", or "none". */
export function firstAlertKey(targetPercent: number, errorPercent: number): string {
  const first = firstAlert(targetPercent, errorPercent);
  return first ? `${first.rule.id}@${Math.round(first.minutes)}` : "none";
}

const firing = (key: "slow-burn" | "outage-over") => {
  const { targetPercent, incident } = SLO_INPUTS[key];
  return firingKey(evaluateAlerts(targetPercent, incident as Incident));
};

export const SLO_SCENARIOS: PredictionScenarios = {
  "four-nines-minutes": {
    question:
      "An availability objective of 99.99 % over a 30-day window. If all the failures came as one total outage, how long could it last before the error budget is gone?",
    options: fourNines.options,
    answer: fourNines.pick(errorBudget(SLO_INPUTS["four-nines-minutes"]).minutes),
    why: "30 days are 43,200 minutes, and 99.99 % leaves 0.01 % of them: 4.32 minutes. Each extra nine divides the budget by ten; 52.6 minutes is what four nines allow over a whole year.",
  },
  "budget-requests": {
    question:
      "A 99.9 % objective over 30 days, counted in requests. The service takes 200 requests a second on average. How many failed requests can the window absorb?",
    options: requests.options,
    answer: requests.pick(errorBudget(SLO_INPUTS["budget-requests"]).requests!),
    why: "30 days are 2,592,000 seconds, so about 518.4 million requests; 0.1 % of them is 518,400. A request-based budget shrinks in a quiet month and grows in a busy one, which is why it is stated as a share.",
  },
  "burn-exhaustion": {
    question:
      "Errors arrive 14.4 times faster than the 30-day budget allows (a burn rate of 14.4), and nobody fixes anything. How long until the whole budget is spent?",
    options: exhaustion.options,
    answer: exhaustion.pick(
      exhaustionDays(SLO_INPUTS["burn-exhaustion"].burnRate, SLO_INPUTS["burn-exhaustion"].windowDays),
    ),
    why: "Time to exhaustion is the window divided by the burn rate: 30 / 14.4 = 2.08 days, or 50 hours. That is why 14.4 is a paging threshold: every hour spends 2 % of the month's budget.",
  },
  "fast-burn-first-alert": {
    question:
      "A 99.9 % objective with the workbook's three alert rules. A bad deploy makes 2 % of requests fail from now on; before it, none failed. When does the first alert fire, and which one?",
    options: [
      { id: "page-fast@4", label: "After about 4 minutes: the 1-hour page" },
      { id: "page-fast@43", label: "After about 43 minutes: the 1-hour page" },
      { id: "page-slow@108", label: "After about 108 minutes: the 6-hour page" },
      { id: "none", label: "Never: 2 % of requests is not enough to page" },
    ],
    answer: firstAlertKey(
      SLO_INPUTS["fast-burn-first-alert"].targetPercent,
      SLO_INPUTS["fast-burn-first-alert"].errorPercent,
    ),
    why: "2 % against a 0.1 % budget is a burn rate of 20. The 5-minute window passes 14.4 within 4 minutes, but the rule also needs the 1-hour average above 14.4, and that average reaches 20 × t / 60 only after t = 43.2 minutes. The 6-hour rule would need 108 minutes.",
  },
  "slow-burn": {
    question:
      "A 99.9 % objective. For the last two days, 0.3 % of requests have failed, steadily. Which of the three rules are firing now?",
    options: [
      { id: "none", label: "None: 0.3 % is too little to alert on" },
      { id: "ticket", label: "Only the 3-day ticket" },
      { id: "page-slow+ticket", label: "The 6-hour page and the ticket" },
      { id: "page-fast+page-slow+ticket", label: "All three" },
    ],
    answer: firing("slow-burn"),
    why: "0.3 % is a burn rate of 3: under both paging thresholds (14.4 and 6), so nobody is woken. Over 3 days the average is 3 × 2/3 = 2, above 1, and the last 6 hours burn at 3, so the ticket fires. At this rate the budget lasts 10 days, not 30: a problem for working hours.",
  },
  "outage-over": {
    question:
      "A 99.9 % objective. A total outage (every request failed) started 45 minutes ago and lasted 5 minutes; since then no request has failed. Which rules are firing now?",
    options: [
      { id: "page-fast+page-slow+ticket", label: "Both pages and the ticket" },
      { id: "page-fast", label: "Only the 1-hour page" },
      { id: "ticket", label: "Only the 3-day ticket" },
      { id: "none", label: "Nothing" },
    ],
    answer: firing("outage-over"),
    why: "The 1-hour window still holds the outage (a burn rate of 83), but its 5-minute partner has been clean for 40 minutes, so the page has stopped; the 6-hour rule's 30-minute window is clean too. The ticket stays: 5 minutes at a burn rate of 1,000 spent 11.6 % of the month's budget, which deserves a follow-up.",
  },
};

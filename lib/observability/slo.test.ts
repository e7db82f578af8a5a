import { describe, expect, it } from "vitest";
import {
  ALERT_RULES,
  budgetFraction,
  budgetSpent,
  burnRate,
  errorBudget,
  evaluateAlerts,
  exhaustionDays,
  firingKey,
  firstAlert,
  incidentProblem,
  minutesToFire,
  nearestOption,
  sloProblem,
  windowErrorPercent,
} from "@/lib/observability/slo";
import { firstAlertKey, SLO_INPUTS, SLO_SCENARIOS } from "@/lib/observability/slo-scenarios";

describe("error budgets", () => {
  it("99.9 % over 30 days leaves 43.2 minutes, exactly 0.001 of the window", () => {
    expect(budgetFraction(99.9)).toBe(0.001);
    const budget = errorBudget({ targetPercent: 99.9, windowDays: 30 });
    expect(budget.minutes).toBeCloseTo(43.2, 10);
    expect(budget.requests).toBeNull();
  });

  it("each nine divides the budget by ten: 432, 43.2, 4.32 minutes a month", () => {
    expect(errorBudget({ targetPercent: 99, windowDays: 30 }).minutes).toBeCloseTo(432, 9);
    expect(errorBudget({ targetPercent: 99.99, windowDays: 30 }).minutes).toBeCloseTo(4.32, 9);
    expect(errorBudget({ targetPercent: 99.95, windowDays: 30 }).minutes).toBeCloseTo(21.6, 9);
  });

  it("in requests: 200 req/s over 30 days at 99.9 % allows 518,400 failures", () => {
    expect(errorBudget({ targetPercent: 99.9, windowDays: 30, requestsPerSecond: 200 }).requests).toBeCloseTo(
      518_400,
      6,
    );
    expect(errorBudget({ targetPercent: 99.9, windowDays: 30, requestsPerSecond: 0 }).requests).toBe(0);
  });

  it("refuses targets and windows that make no sense, with a sentence", () => {
    expect(sloProblem({ targetPercent: 100, windowDays: 30 })).toMatch(/below 100 %/);
    expect(sloProblem({ targetPercent: 0, windowDays: 30 })).toMatch(/above 0 %/);
    expect(sloProblem({ targetPercent: Number.NaN, windowDays: 30 })).toMatch(/Enter a target/);
    expect(sloProblem({ targetPercent: 99.9, windowDays: 0 })).toMatch(/between 1 and 365 days/);
    expect(sloProblem({ targetPercent: 99.9, windowDays: 30, requestsPerSecond: -1 })).toMatch(/cannot be negative/);
    expect(sloProblem({ targetPercent: 99.9, windowDays: 30, requestsPerSecond: 200 })).toBeNull();
    expect(() => errorBudget({ targetPercent: 100, windowDays: 30 })).toThrow(/no error budget/);
  });
});

describe("burn rates", () => {
  it("is the error rate over the budget: 1.44 % against 99.9 % burns at 14.4", () => {
    expect(burnRate(1.44, 99.9)).toBeCloseTo(14.4, 10);
    expect(burnRate(0.1, 99.9)).toBeCloseTo(1, 10);
    expect(burnRate(0, 99.9)).toBe(0);
    expect(() => burnRate(101, 99.9)).toThrow(/between 0 and 100/);
  });

  it("14.4 spends a 30-day budget in 30 / 14.4 = 2.08 days (50 h); 1 lasts exactly the window", () => {
    expect(exhaustionDays(14.4, 30)).toBeCloseTo(2.0833, 4);
    expect(exhaustionDays(14.4, 30) * 24).toBeCloseTo(50, 10);
    expect(exhaustionDays(1, 30)).toBe(30);
    expect(exhaustionDays(3, 30)).toBe(10);
    expect(() => exhaustionDays(0, 30)).toThrow(/above 0/);
  });

  it("the workbook's budget shares: 14.4 for 1 h is 2 %, 6 for 6 h is 5 %, 1 for 3 days is 10 %", () => {
    expect(budgetSpent(14.4, 1, 30)).toBeCloseTo(0.02, 12);
    expect(budgetSpent(6, 6, 30)).toBeCloseTo(0.05, 12);
    expect(budgetSpent(1, 72, 30)).toBeCloseTo(0.1, 12);
    expect(budgetSpent(1, 30 * 24, 30)).toBeCloseTo(1, 12);
  });
});

describe("multi-window alerts", () => {
  it("uses the workbook's table: short windows are 1/12 of the long ones", () => {
    expect(ALERT_RULES.map((r) => [r.severity, r.longMinutes, r.shortMinutes, r.threshold])).toEqual([
      ["page", 60, 5, 14.4],
      ["page", 360, 30, 6],
      ["ticket", 4_320, 360, 1],
    ]);
    for (const rule of ALERT_RULES) expect(rule.longMinutes / rule.shortMinutes).toBe(12);
    // Each rule's threshold held for its long window spends the share the workbook names.
    expect(ALERT_RULES.map((r) => budgetSpent(r.threshold, r.longMinutes / 60, 30))).toEqual([
      expect.closeTo(0.02, 12),
      expect.closeTo(0.05, 12),
      expect.closeTo(0.1, 12),
    ]);
  });

  it("averages an incident over a window, with the baseline outside it", () => {
    const outage = { errorPercent: 100, startedMinutesAgo: 45, lastedMinutes: 5 };
    expect(windowErrorPercent(outage, 60)).toBeCloseTo((5 / 60) * 100, 10);
    expect(windowErrorPercent(outage, 5)).toBe(0);
    expect(windowErrorPercent(outage, 30)).toBe(0);
    expect(windowErrorPercent({ ...outage, baselinePercent: 0.05 }, 60)).toBeCloseTo((5 * 100 + 55 * 0.05) / 60, 10);
    // Still going: a 2 % incident that began 10 minutes ago, seen by the last hour.
    expect(windowErrorPercent({ errorPercent: 2, startedMinutesAgo: 10, lastedMinutes: 10 }, 60)).toBeCloseTo(
      (2 * 10) / 60,
      10,
    );
  });

  it("a 5-minute total outage that ended 40 minutes ago: the pages have reset, the ticket stays", () => {
    const states = evaluateAlerts(99.9, { errorPercent: 100, startedMinutesAgo: 45, lastedMinutes: 5 });
    const [fast, slow, ticket] = states;
    expect(fast!.longBurn).toBeCloseTo(83.33, 2);
    expect(fast!.shortBurn).toBe(0);
    expect(slow!.longBurn).toBeCloseTo(13.89, 2);
    expect(slow!.shortBurn).toBe(0);
    expect(ticket!.longBurn).toBeCloseTo(1.157, 3);
    expect(ticket!.shortBurn).toBeCloseTo(13.89, 2);
    expect(firingKey(states)).toBe("ticket");
    // The outage spent 5 min × 1,000 / 43,200 min = 11.6 % of the month's budget.
    expect(budgetSpent(1_000, 5 / 60, 30)).toBeCloseTo(0.1157, 4);
    // While it was still running, everything fired.
    expect(firingKey(evaluateAlerts(99.9, { errorPercent: 100, startedMinutesAgo: 5, lastedMinutes: 5 }))).toBe(
      "page-fast+page-slow+ticket",
    );
  });

  it("a slow burn of 0.3 % for two days opens a ticket and pages nobody", () => {
    const states = evaluateAlerts(99.9, { errorPercent: 0.3, startedMinutesAgo: 2_880, lastedMinutes: 2_880 });
    expect(states.map((s) => s.longBurn)).toEqual([expect.closeTo(3, 9), expect.closeTo(3, 9), expect.closeTo(2, 9)]);
    expect(firingKey(states)).toBe("ticket");
  });

  it("a burn rate exactly at the threshold does not fire (the rule is strictly above)", () => {
    const states = evaluateAlerts(99.9, { errorPercent: 1.44, startedMinutesAgo: 600, lastedMinutes: 600 });
    expect(states[0]!.longBurn).toBeCloseTo(14.4, 9);
    expect(states[0]!.fires).toBe(false);
    expect(states[1]!.fires).toBe(true);
  });

  it("a steady 2 % from now pages after 43.2 minutes through the 1-hour rule", () => {
    expect(minutesToFire(99.9, 2).map((m) => m.minutes)).toEqual([
      expect.closeTo(43.2, 9),
      expect.closeTo(108, 9),
      expect.closeTo(216, 9),
    ]);
    expect(firstAlert(99.9, 2)).toMatchObject({ rule: { id: "page-fast" }, minutes: expect.closeTo(43.2, 9) });
    expect(firstAlertKey(99.9, 2)).toBe("page-fast@43");
    // At 43 minutes the hour's average is just short; at 44 the page fires.
    const at = (minutes: number) =>
      evaluateAlerts(99.9, { errorPercent: 2, startedMinutesAgo: minutes, lastedMinutes: minutes })[0]!.fires;
    expect(at(43)).toBe(false);
    expect(at(44)).toBe(true);
    // 0.1 % is a burn rate of 1: the ticket never fires, since it needs strictly more.
    expect(firstAlert(99.9, 0.1)).toBeNull();
    expect(firstAlertKey(99.9, 0.1)).toBe("none");
  });

  it("refuses an incident that lasted longer than it has been going", () => {
    expect(incidentProblem({ errorPercent: 5, startedMinutesAgo: 10, lastedMinutes: 20 })).toMatch(/longer than/);
    expect(incidentProblem({ errorPercent: 150, startedMinutesAgo: 10, lastedMinutes: 5 })).toMatch(/0 and 100/);
    expect(incidentProblem({ errorPercent: 5, startedMinutesAgo: Number.NaN, lastedMinutes: 5 })).toMatch(/started/);
    expect(() => evaluateAlerts(99.9, { errorPercent: 5, startedMinutesAgo: 10, lastedMinutes: 20 })).toThrow();
  });
});

describe("SLO_SCENARIOS", () => {
  it("keys every question with the model's answer", () => {
    expect(SLO_SCENARIOS["four-nines-minutes"]!.answer).toBe("m4-3");
    expect(SLO_SCENARIOS["budget-requests"]!.answer).toBe("r518400");
    expect(SLO_SCENARIOS["burn-exhaustion"]!.answer).toBe("d2");
    expect(SLO_SCENARIOS["fast-burn-first-alert"]!.answer).toBe("page-fast@43");
    expect(SLO_SCENARIOS["slow-burn"]!.answer).toBe("ticket");
    expect(SLO_SCENARIOS["outage-over"]!.answer).toBe("ticket");
    for (const [key, spec] of Object.entries(SLO_SCENARIOS)) {
      expect(
        spec.options.map((o) => o.id),
        key,
      ).toContain(spec.answer);
      expect(new Set(spec.options.map((o) => o.id)).size).toBe(spec.options.length);
    }
    expect(Object.keys(SLO_SCENARIOS).sort()).toEqual(Object.keys(SLO_INPUTS).sort());
  });

  it("nearestOption refuses to key a question whose options all miss", () => {
    expect(
      nearestOption(43.2, [
        { id: "a", value: 43.2 },
        { id: "b", value: 4.32 },
      ]),
    ).toBe("a");
    expect(() => nearestOption(43.2, [{ id: "a", value: 50 }])).toThrow(/within 5 %/);
  });
});

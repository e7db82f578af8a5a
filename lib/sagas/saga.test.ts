import { describe, expect, it } from "vitest";
import {
  SAGA_STEPS,
  TIMING,
  backoffMs,
  compensationKey,
  compensationPlan,
  formatMs,
  runSaga,
  type SagaInput,
  type SagaStyle,
} from "@/lib/sagas/saga";
import {
  SAGA_CASES,
  SAGA_SCENARIOS,
  SCENARIO_INPUTS,
  orderingOption,
  stockAtEnd,
  stockByStyle,
} from "@/lib/sagas/scenarios";

const STYLES: SagaStyle[] = ["orchestrated", "choreographed"];
const both = (input: Omit<SagaInput, "style">) => STYLES.map((style) => runSaga({ ...input, style }));

describe("the saga's shape", () => {
  it("reserves stock before it charges, and every step but the last has a compensation", () => {
    expect(SAGA_STEPS.map((step) => step.id)).toEqual([
      "create-order",
      "reserve-stock",
      "charge-payment",
      "schedule-shipping",
      "confirm-order",
    ]);
    expect(SAGA_STEPS.map((step) => step.compensation?.id ?? null)).toEqual([
      "cancel-order",
      "release-stock",
      "refund-payment",
      "cancel-shipment",
      null,
    ]);
  });

  it("plans compensations newest first, with a maybe-done step ahead of the rest", () => {
    expect(compensationPlan(["create-order", "reserve-stock"], null)).toEqual(["reserve-stock", "create-order"]);
    expect(compensationPlan(["create-order", "reserve-stock"], "charge-payment")).toEqual([
      "charge-payment",
      "reserve-stock",
      "create-order",
    ]);
    expect(compensationPlan([], null)).toEqual([]);
  });

  it("backs off 1 s, 2 s, 4 s, 8 s, 16 s", () => {
    expect([1, 2, 3, 4, 5].map(backoffMs)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
  });

  it("formats times in seconds and refuses nonsense", () => {
    expect(formatMs(0)).toBe("0 s");
    expect(formatMs(33_600)).toBe("33.6 s");
    expect(() => formatMs(-1)).toThrow(/whole number/);
    expect(() => formatMs(1.5)).toThrow(/whole number/);
  });
});

describe("nothing fails", () => {
  it.each(STYLES)("%s: all five steps run, 1 s in all, and the order is confirmed", (style) => {
    const run = runSaga({ style, failAt: null });
    expect(run.status).toBe("completed");
    expect(run.compensations).toEqual([]);
    expect(run.effects).toEqual({
      orderStatus: "CONFIRMED",
      reservations: 1,
      releases: 0,
      charges: 1,
      refunds: 0,
      bookings: 1,
      cancellations: 0,
    });
    expect(run.finishedAtMs).toBe(5 * TIMING.stepMs);
  });

  it("only the orchestrated run keeps a saga log", () => {
    const [orchestrated, choreographed] = both({ failAt: null });
    expect(orchestrated!.log.at(0)).toMatchObject({ atMs: 0, state: "RUNNING" });
    expect(orchestrated!.log.at(-1)).toMatchObject({ atMs: 1_000, state: "COMPLETED" });
    expect(choreographed!.log).toEqual([]);
  });
});

describe("a step says no", () => {
  it("k = 1: nothing finished, so nothing is compensated and the saga is rejected", () => {
    for (const run of both({ failAt: 1 })) {
      expect(run.status).toBe("rejected");
      expect(compensationKey(run)).toBe("none");
      expect(run.effects.orderStatus).toBe("none");
    }
    expect(runSaga({ style: "orchestrated", failAt: 1 }).log.at(-1)!.state).toBe("REJECTED");
  });

  it("k = 2 (out of stock): only the order is cancelled", () => {
    for (const run of both({ failAt: 2 })) expect(compensationKey(run)).toBe("cancel-order");
  });

  it("k = 3 (card declined): release the stock, then cancel the order; no refund, since nothing was charged", () => {
    for (const run of both({ failAt: 3 })) {
      expect(compensationKey(run)).toBe("release-stock>cancel-order");
      expect(run.effects).toMatchObject({
        charges: 0,
        refunds: 0,
        reservations: 1,
        releases: 1,
        orderStatus: "CANCELLED",
      });
      expect(run.status).toBe("compensated");
    }
  });

  it("k = 4 (no courier): refund, then release the stock, then cancel the order", () => {
    for (const run of both({ failAt: 4 })) {
      expect(compensationKey(run)).toBe("refund-payment>release-stock>cancel-order");
      expect(run.effects).toMatchObject({ charges: 1, refunds: 1, bookings: 0, cancellations: 0 });
      expect(run.compensations.every((c) => c.attempts === 1 && c.applied === 1 && c.outcome === "done")).toBe(true);
    }
  });

  it("k = 4 timing: failure at 0.8 s, three compensations of 0.2 s each, done at 1.4 s", () => {
    const [orchestrated, choreographed] = both({ failAt: 4 });
    expect(orchestrated!.finishedAtMs).toBe(1_400);
    expect(choreographed!.finishedAtMs).toBe(1_400);
    expect(orchestrated!.log.map((entry) => entry.state).at(-1)).toBe("COMPENSATED");
  });

  it("both styles show their mechanism: commands from the orchestrator, events between services", () => {
    const [orchestrated, choreographed] = both({ failAt: 4 });
    const texts = (run: typeof orchestrated) => run!.steps.map((step) => step.text).join("\n");
    expect(texts(orchestrated)).toMatch(/Sends RefundPayment to payment/);
    expect(orchestrated!.steps.some((step) => step.actor === "orchestrator")).toBe(true);
    expect(texts(choreographed)).toMatch(/On NoCourierSlot: refunds the €36; publishes PaymentRefunded/);
    expect(texts(choreographed)).toMatch(/On PaymentRefunded: puts the 2 bags back on sale; publishes StockReleased/);
    expect(choreographed!.steps.some((step) => step.actor === "orchestrator")).toBe(false);
  });

  it("keeps the trace in time order", () => {
    for (const key of Object.keys(SCENARIO_INPUTS) as (keyof typeof SCENARIO_INPUTS)[]) {
      for (const style of STYLES) {
        const times = runSaga({ ...SCENARIO_INPUTS[key], style }).steps.map((step) => step.atMs);
        expect(times).toEqual([...times].sort((a, b) => a - b));
      }
    }
  });
});

describe("step 5 is retriable", () => {
  it.each(STYLES)("%s: a failed confirmation is retried after 1 s and nothing is compensated", (style) => {
    const run = runSaga({ style, failAt: 5 });
    expect(run.status).toBe("completed");
    expect(run.compensations).toEqual([]);
    expect(run.effects.orderStatus).toBe("CONFIRMED");
    expect(run.finishedAtMs).toBe(5 * TIMING.stepMs + backoffMs(1) + TIMING.stepMs);
  });
});

describe("a step goes silent (no reply)", () => {
  it("orchestrated, payment silent: 3 attempts, gives up at the 10 s deadline (10.4 s), refund retried until payment is back", () => {
    const run = runSaga({ style: "orchestrated", failAt: 3, failure: "no-reply", landed: true });
    expect(run.unknown).toBe("charge-payment");
    expect(compensationKey(run)).toBe("refund-payment>release-stock>cancel-order");
    const sends = run.steps.filter((step) => /^Sends ChargePayment/.test(step.text)).map((step) => step.atMs);
    expect(sends).toEqual([400, 3_400, 7_400]);
    expect(run.log.find((entry) => /outcome unknown/.test(entry.entry))!.atMs).toBe(10_400);
    // Refund attempts at 10.4, 13.4, 17.4, 23.4 s time out (payment is down until 0.4 + 30 = 30.4 s); the 5th at 33.4 s lands.
    const refunds = run.steps.filter((step) => /^Sends RefundPayment/.test(step.text)).map((step) => step.atMs);
    expect(refunds).toEqual([10_400, 13_400, 17_400, 23_400, 33_400]);
    expect(run.compensations[0]).toMatchObject({ id: "refund-payment", attempts: 5, applied: 1, outcome: "done" });
    expect(run.effects).toMatchObject({ charges: 1, refunds: 1, orderStatus: "CANCELLED" });
    expect(run.finishedAtMs).toBe(34_000);
  });

  it("the same compensations run whether or not the charge had landed; if not, the refund is a recorded no-op", () => {
    const run = runSaga({ style: "orchestrated", failAt: 3, failure: "no-reply", landed: false });
    expect(compensationKey(run)).toBe("refund-payment>release-stock>cancel-order");
    expect(run.compensations[0]).toMatchObject({ outcome: "nothing-to-undo", applied: 0 });
    expect(run.effects).toMatchObject({ charges: 0, refunds: 0 });
  });

  it("choreographed, payment silent: the order service times the step out; payment compensates when back at 30.4 s", () => {
    const landed = runSaga({ style: "choreographed", failAt: 3, failure: "no-reply", landed: true });
    expect(compensationKey(landed)).toBe("refund-payment>release-stock>cancel-order");
    const text = landed.steps.map((step) => `${step.atMs} ${step.actor}: ${step.text}`).join("\n");
    expect(text).toMatch(/10400 order: .*publishes OrderTimedOut/);
    expect(text).toMatch(/shipping: Ignores the late PaymentCharged/);
    expect(landed.effects).toMatchObject({ charges: 1, refunds: 1, bookings: 0 });
    expect(landed.finishedAtMs).toBe(31_000);
    const notLanded = runSaga({ style: "choreographed", failAt: 3, failure: "no-reply", landed: false });
    expect(notLanded.steps.map((step) => step.text).join("\n")).toMatch(/Drops the redelivered StockReserved/);
    expect(notLanded.effects).toMatchObject({ charges: 0, refunds: 0 });
  });

  it("a silent inventory (k = 2) is compensated ahead of the order", () => {
    for (const run of both({ failAt: 2, failure: "no-reply" })) {
      expect(compensationKey(run)).toBe("release-stock>cancel-order");
    }
  });

  it("refuses a silent step 1 or step 5, and other bad input", () => {
    expect(() => runSaga({ style: "orchestrated", failAt: 1, failure: "no-reply" })).toThrow(/step 1 cannot go silent/);
    expect(() => runSaga({ style: "orchestrated", failAt: 5, failure: "no-reply" })).toThrow(/retriable/);
    expect(() => runSaga({ style: "orchestrated", failAt: 0 })).toThrow(/1 to 5/);
    expect(() => runSaga({ style: "orchestrated", failAt: 2.5 })).toThrow(/1 to 5/);
    expect(() => runSaga({ style: "sideways" as SagaStyle, failAt: 2 })).toThrow(/unknown style/);
    expect(() => runSaga({ style: "orchestrated", failAt: 2, failure: "maybe" as "declined" })).toThrow(
      /unknown failure/,
    );
    expect(() => runSaga({ style: "orchestrated", failAt: 2, compensationTrouble: "gremlins" as "none" })).toThrow(
      /unknown compensation trouble/,
    );
    expect(() =>
      runSaga({
        style: "orchestrated",
        failAt: 2,
        compensationTrouble: "reply-lost",
        troubleAt: "x" as "create-order",
      }),
    ).toThrow(/unknown step/);
  });
});

describe("a compensation in trouble", () => {
  it("reply lost, idempotent: retried after the 2 s timeout and 1 s backoff, and the card gets one refund", () => {
    for (const run of both({ failAt: 4, compensationTrouble: "reply-lost", idempotent: true })) {
      expect(run.compensations[0]).toMatchObject({ id: "refund-payment", attempts: 2, applied: 1, outcome: "done" });
      expect(run.effects.refunds).toBe(1);
      expect(run.status).toBe("compensated");
    }
    const orchestrated = runSaga({ style: "orchestrated", failAt: 4, compensationTrouble: "reply-lost" });
    const sends = orchestrated.steps.filter((s) => /^Sends RefundPayment/.test(s.text)).map((s) => s.atMs);
    expect(sends).toEqual([800, 800 + TIMING.callTimeoutMs + backoffMs(1)]);
  });

  it("reply lost, not idempotent: the retry refunds again, €72 back for a €36 charge", () => {
    for (const run of both({ failAt: 4, compensationTrouble: "reply-lost", idempotent: false })) {
      expect(run.effects).toMatchObject({ charges: 1, refunds: 2 });
      expect(run.compensations[0]!.applied).toBe(2);
    }
  });

  it("keeps failing, orchestrated: 6 attempts, dead-lettered, the rest still compensated, saga NEEDS REPAIR", () => {
    const run = runSaga({ style: "orchestrated", failAt: 4, compensationTrouble: "keeps-failing" });
    expect(run.status).toBe("needs-repair");
    expect(run.compensations.map((c) => c.outcome)).toEqual(["dead-lettered", "done", "done"]);
    expect(run.compensations[0]!.attempts).toBe(TIMING.maxCompensationAttempts);
    expect(run.effects).toMatchObject({ charges: 1, refunds: 0, releases: 1, orderStatus: "CANCELLED" });
    expect(run.log.at(-1)!.state).toBe("NEEDS REPAIR");
    // Attempts at 0.8 s, then each 0.2 s failure plus backoff 1, 2, 4, 8, 16 s: the 6th fails at 33 s.
    const fails = run.steps.filter((s) => /provider refuses it/.test(s.text)).map((s) => s.atMs);
    expect(fails).toEqual([1_000, 2_200, 4_400, 8_600, 16_800, 33_000]);
    expect(stockAtEnd(run)).toBe("released");
  });

  it("keeps failing, choreographed: the chain stalls, stock stays reserved and the order PENDING", () => {
    const run = runSaga({ style: "choreographed", failAt: 4, compensationTrouble: "keeps-failing" });
    expect(run.status).toBe("stuck");
    expect(run.compensations.map((c) => c.outcome)).toEqual(["dead-lettered", "never-ran", "never-ran"]);
    expect(run.effects).toMatchObject({ refunds: 0, releases: 0, orderStatus: "PENDING" });
    expect(stockAtEnd(run)).toBe("held");
    expect(run.steps.at(-1)!.text).toMatch(/No single record shows where o-42 is stuck/);
  });

  it("trouble can be aimed at a later compensation, and is flagged when it has nothing to land on", () => {
    const run = runSaga({
      style: "orchestrated",
      failAt: 4,
      compensationTrouble: "reply-lost",
      troubleAt: "reserve-stock",
    });
    expect(run.compensations.map((c) => c.attempts)).toEqual([1, 2, 1]);
    expect(run.troubleNotApplicable).toBe(false);
    expect(runSaga({ style: "orchestrated", failAt: 1, compensationTrouble: "reply-lost" }).troubleNotApplicable).toBe(
      true,
    );
    expect(
      runSaga({ style: "orchestrated", failAt: null, compensationTrouble: "keeps-failing" }).troubleNotApplicable,
    ).toBe(true);
    expect(
      runSaga({ style: "orchestrated", failAt: 3, compensationTrouble: "reply-lost", troubleAt: "charge-payment" })
        .troubleNotApplicable,
    ).toBe(true);
  });

  it("a silent step whose compensation also keeps failing: down attempts count, then dead-lettered", () => {
    const run = runSaga({
      style: "orchestrated",
      failAt: 3,
      failure: "no-reply",
      compensationTrouble: "keeps-failing",
    });
    expect(run.compensations[0]).toMatchObject({ attempts: 6, outcome: "dead-lettered" });
    expect(run.status).toBe("needs-repair");
  });
});

describe("the prediction scenarios", () => {
  it("read their answers off the model, and every answer is one of the offered choices", () => {
    for (const [key, spec] of Object.entries(SAGA_SCENARIOS)) {
      expect(
        spec.options.map((option) => option.id),
        key,
      ).toContain(spec.answer);
      expect(new Set(spec.options.map((option) => option.id)).size).toBe(spec.options.length);
      expect(spec.why.length).toBeGreaterThan(60);
    }
    expect(SAGA_SCENARIOS["payment-declined"]!.answer).toBe("release-stock>cancel-order");
    expect(SAGA_SCENARIOS["shipping-declined"]!.answer).toBe("refund-payment>release-stock>cancel-order");
    expect(SAGA_SCENARIOS["create-declined"]!.answer).toBe("none");
    expect(SAGA_SCENARIOS["payment-no-reply"]!.answer).toBe("refund-payment>release-stock>cancel-order");
    expect(SAGA_SCENARIOS["refund-reply-lost"]!.answer).toBe("1");
    expect(SAGA_SCENARIOS["refund-keeps-failing"]!.answer).toBe("released-held");
    expect(SAGA_SCENARIOS["confirm-fails"]!.answer).toBe("none");
    expect(stockByStyle("payment-declined")).toBe("released-released");
  });

  it("labels an ordering by reading it out", () => {
    expect(orderingOption(["refund-payment", "release-stock", "cancel-order"])).toEqual({
      id: "refund-payment>release-stock>cancel-order",
      label: "Refund the payment, then release the stock, then cancel the order",
    });
    expect(orderingOption([], "Nothing")).toEqual({ id: "none", label: "Nothing" });
  });

  it("every case asks questions that exist, and every scenario belongs to a case", () => {
    const asked = SAGA_CASES.flatMap((c) => c.scenarios);
    expect([...asked].sort()).toEqual(Object.keys(SAGA_SCENARIOS).sort());
    for (const c of SAGA_CASES) expect(c.scenarios).toContain(c.key);
  });
});

import { describe, expect, it } from "vitest";
import { OUTBOX_CASES, OUTBOX_SCENARIOS, SCENARIO_INPUTS, duplicatedOrders } from "@/lib/outbox/scenarios";
import {
  TIMING,
  formatMs,
  runWritePath,
  verdictOf,
  type Design,
  type Fault,
  type WritePathInput,
} from "@/lib/outbox/write-path";

const run = (input: WritePathInput) => runWritePath(input);

describe("the happy path", () => {
  it("both designs deliver o-42 once and on time when nothing fails", () => {
    const dual = run({ design: "dual-write", fault: "none" });
    expect(dual.focus).toMatchObject({ published: 1, docs: 1, searchableAtMs: 1_000, verdict: "on-time" });
    const outbox = run({ design: "outbox", fault: "none" });
    expect(outbox.focus).toMatchObject({ published: 1, docs: 1, searchableAtMs: 1_200, verdict: "on-time" });
    expect(outbox.oldestUnsentMs).toBe(TIMING.pollMs);
    expect(dual.oldestUnsentMs).toBe(0);
  });
});

describe("crash right after the commit", () => {
  it("dual write loses the event: committed, never published", () => {
    const r = run({ design: "dual-write", fault: "crash-after-commit" });
    expect(r.focus).toMatchObject({ published: 0, docs: 0, searchableAtMs: null, verdict: "lost" });
    expect(r.steps[0]).toMatchObject({ actor: "database", kind: "ok" });
  });

  it("outbox with an in-service relay delivers it a minute late: restart 60 s + poll 0.2 s, searchable at 61.2 s", () => {
    const r = run({ design: "outbox", fault: "crash-after-commit", relay: "in-service" });
    expect(r.focus).toMatchObject({ published: 1, docs: 1, searchableAtMs: 61_200, verdict: "delayed" });
    expect(r.oldestUnsentMs).toBe(60_200);
  });

  it("outbox with a relay in its own process is not even late", () => {
    const r = run({ design: "outbox", fault: "crash-after-commit", relay: "own-process" });
    expect(r.focus.verdict).toBe("on-time");
  });
});

describe("the relay dies before marking sent_at", () => {
  it("outbox delivers twice; an upsert keeps one document, auto ids make two", () => {
    const upsert = run({ design: "outbox", fault: "relay-dies-before-sent" });
    expect(upsert.focus).toMatchObject({ published: 2, docs: 1, searchableAtMs: 1_200, verdict: "duplicated" });
    const auto = run({ design: "outbox", fault: "relay-dies-before-sent", indexer: "auto-id" });
    expect(auto.focus).toMatchObject({ published: 2, docs: 2, verdict: "duplicated" });
  });

  it("has nowhere to land in a dual write", () => {
    const r = run({ design: "dual-write", fault: "relay-dies-before-sent" });
    expect(r.faultNotApplicable).toBe(true);
    expect(r.focus.verdict).toBe("on-time");
  });
});

describe("the relay fails mid-batch (duplicates without a lost acknowledgement)", () => {
  it("re-sends the rows published before the failure: o-41 and o-42 twice, o-43 once and on time", () => {
    const r = run({ design: "outbox", fault: "relay-fails-mid-batch" });
    expect(r.events.map((e) => [e.order, e.published, e.verdict])).toEqual([
      ["o-41", 2, "duplicated"],
      ["o-42", 2, "duplicated"],
      ["o-43", 1, "on-time"],
    ]);
    expect(r.events[2]!.searchableAtMs).toBe(200 + 1_000 + 200 + 1_000);
    expect(r.failedPublishes).toBe(1);
    expect(duplicatedOrders({ design: "outbox", fault: "relay-fails-mid-batch" })).toBe("o-41+o-42");
  });

  it("has nowhere to land in a dual write", () => {
    const r = run({ design: "dual-write", fault: "relay-fails-mid-batch" });
    expect(r.faultNotApplicable).toBe(true);
    expect(r.events).toHaveLength(1);
    expect(duplicatedOrders({ design: "dual-write", fault: "relay-fails-mid-batch" })).toBe("none");
  });
});

describe("the broker is down for 30 minutes", () => {
  it("dual write: 1 attempt + 3 retries, all inside the outage, then lost", () => {
    const r = run({ design: "dual-write", fault: "broker-down" });
    expect(r.failedPublishes).toBe(1 + TIMING.dualRetries);
    expect(r.focus.verdict).toBe("lost");
  });

  it("outbox: 1,500 failed attempts 1.2 s apart, published at 30 min 0.2 s, delayed", () => {
    const r = run({ design: "outbox", fault: "broker-down" });
    const cycle = TIMING.backoffMs + TIMING.pollMs;
    const failures = Math.ceil((TIMING.brokerOutageMs - TIMING.pollMs) / cycle);
    expect(failures).toBe(1_500);
    expect(r.failedPublishes).toBe(failures);
    expect(r.oldestUnsentMs).toBe(TIMING.pollMs + failures * cycle);
    expect(r.oldestUnsentMs).toBe(1_800_200);
    expect(r.focus).toMatchObject({ published: 1, docs: 1, searchableAtMs: 1_801_200, verdict: "delayed" });
    expect(formatMs(r.oldestUnsentMs)).toBe("30 min 0.2 s");
  });
});

describe("the index times out and the indexer retries", () => {
  it("auto ids duplicate the document in either design; an upsert by order id converges", () => {
    for (const design of ["dual-write", "outbox"] as Design[]) {
      const auto = run({ design, fault: "index-timeout-retry", indexer: "auto-id" });
      expect(auto.focus).toMatchObject({ published: 1, docs: 2, verdict: "duplicated" });
      const upsert = run({ design, fault: "index-timeout-retry", indexer: "upsert-by-order-id" });
      expect(upsert.focus).toMatchObject({ published: 1, docs: 1, verdict: "on-time" });
    }
  });
});

describe("helpers and invalid input", () => {
  it("verdicts: lost beats duplicated beats delayed", () => {
    expect(verdictOf(0, 0, null)).toBe("lost");
    expect(verdictOf(2, 1, 100_000)).toBe("duplicated");
    expect(verdictOf(1, 2, 1_000)).toBe("duplicated");
    expect(verdictOf(1, 1, TIMING.onTimeMs)).toBe("on-time");
    expect(verdictOf(1, 1, TIMING.onTimeMs + 1)).toBe("delayed");
  });

  it("formats times", () => {
    expect(formatMs(0)).toBe("0 s");
    expect(formatMs(200)).toBe("0.2 s");
    expect(formatMs(61_200)).toBe("61.2 s");
    expect(formatMs(30 * 60_000)).toBe("30 min");
    expect(() => formatMs(-1)).toThrow();
    expect(() => formatMs(0.5)).toThrow();
  });

  it("rejects unknown designs, faults and modes", () => {
    expect(() => run({ design: "2pc" as Design, fault: "none" })).toThrow(/design/);
    expect(() => run({ design: "outbox", fault: "meteor" as Fault })).toThrow(/fault/);
    expect(() => run({ design: "outbox", fault: "none", indexer: "x" as never })).toThrow(/indexer/);
    expect(() => run({ design: "outbox", fault: "none", relay: "x" as never })).toThrow(/relay/);
  });

  it("is deterministic and lists steps in time order", () => {
    const a = run({ design: "outbox", fault: "broker-down" });
    const b = run({ design: "outbox", fault: "broker-down" });
    expect(a).toEqual(b);
    for (let i = 1; i < a.steps.length; i++) expect(a.steps[i]!.atMs).toBeGreaterThanOrEqual(a.steps[i - 1]!.atMs);
  });
});

describe("the scenarios", () => {
  it("are keyed from the model: lost, late, twice, o-41+o-42, lost, late, duplicated", () => {
    expect(Object.fromEntries(Object.entries(OUTBOX_SCENARIOS).map(([key, s]) => [key, s.answer]))).toEqual({
      "dual-crash-after-commit": "lost",
      "outbox-crash-after-commit": "delayed",
      "outbox-relay-dies": "duplicated",
      "outbox-mid-batch": "o-41+o-42",
      "dual-broker-down": "lost",
      "outbox-broker-down": "delayed",
      "index-timeout-auto-id": "duplicated",
    });
  });

  it("have their answer among their options, and every case lists known scenarios", () => {
    const entries = Object.entries(OUTBOX_SCENARIOS);
    expect(entries.length).toBeGreaterThanOrEqual(3);
    for (const [key, scenario] of entries)
      expect(
        scenario.options.map((o) => o.id),
        key,
      ).toContain(scenario.answer);
    const listed = OUTBOX_CASES.flatMap((c) => c.scenarios);
    expect([...listed].sort()).toEqual(Object.keys(SCENARIO_INPUTS).sort());
    for (const c of OUTBOX_CASES) for (const key of c.scenarios) expect(SCENARIO_INPUTS[key].fault, key).toBe(c.fault);
  });
});

import { describe, expect, it } from "vitest";
import {
  BEHAVIOURS,
  FAULTS,
  TIMING,
  formatSeconds,
  replyClass,
  runLostMessage,
  type Behaviour,
  type Fault,
} from "@/lib/idempotency/lost-message";
import {
  LEASE_CHOICES,
  LOST_MESSAGE_CASES,
  LOST_MESSAGE_SCENARIOS,
  chargeBucket,
  lossesLookAlike,
  onceWhenRequestLost,
} from "@/lib/idempotency/scenarios";

const run = (fault: Fault, behaviour: Behaviour, leaseMs?: number) => runLostMessage({ fault, behaviour, leaseMs });
const charges = (fault: Fault) => Object.fromEntries(BEHAVIOURS.map((b) => [b, run(fault, b).charges]));

describe("runLostMessage: the worked figures", () => {
  it("nothing lost: every behaviour charges once and the app is paid at 0.5 s", () => {
    for (const behaviour of BEHAVIOURS) {
      const r = run("none", behaviour);
      expect(r.charges).toBe(1);
      expect(r.end).toEqual({ result: "paid", atMs: 500, status: 201 });
      expect(r.attempts).toHaveLength(1);
    }
  });

  it("a lost request and a lost response look the same to the app: a timeout at 3 s", () => {
    const request = run("request-lost", "no-retry");
    const response = run("response-lost", "no-retry");
    expect(request.attempts[0]!.reply).toEqual({ kind: "timeout", atMs: TIMING.clientTimeoutMs });
    expect(response.attempts[0]!.reply).toEqual(request.attempts[0]!.reply);
    // ...but the card was charged in only one of them.
    expect(request.charges).toBe(0);
    expect(response.charges).toBe(1);
    expect(lossesLookAlike()).toBe(true);
    // So are a crash and a slow charge, before any retry.
    expect(run("crash", "no-retry").attempts[0]!.reply).toEqual(request.attempts[0]!.reply);
    expect(run("slow-duplicate", "no-retry").attempts[0]!.reply).toEqual(request.attempts[0]!.reply);
  });

  it("request lost: no retry charges 0; either retry charges once, paid at 4.5 s", () => {
    expect(charges("request-lost")).toEqual({ "no-retry": 0, "retry-no-key": 1, "retry-with-key": 1 });
    expect(onceWhenRequestLost()).toEqual(["retry-no-key", "retry-with-key"]);
    expect(run("request-lost", "retry-no-key").end).toEqual({ result: "paid", atMs: 4_500, status: 201 });
  });

  it("response lost: no retry charges once but shows an error; no key charges twice; the key replays the stored 201", () => {
    expect(charges("response-lost")).toEqual({ "no-retry": 1, "retry-no-key": 2, "retry-with-key": 1 });
    expect(run("response-lost", "no-retry").end.result).toBe("gave-up");
    const keyed = run("response-lost", "retry-with-key");
    expect(keyed.attempts[1]!.reply).toEqual({ kind: "response", status: 201, replayed: true, atMs: 4_100 });
    expect(replyClass(keyed, 2)).toBe("replay");
    expect(keyed.keyStatus).toBe("done");
    expect(keyed.chargeTimesMs).toEqual([450]);
    expect(run("response-lost", "retry-no-key").chargeTimesMs).toEqual([450, 4_450]);
  });

  it("crash after the claim: 409 until the 10 s lease runs out, then attempt 4 charges once (paid at 10.7 s)", () => {
    const keyed = run("crash", "retry-with-key");
    expect(keyed.attempts.map((a) => a.sentAtMs)).toEqual([0, 4_000, 6_100, 10_200]);
    expect(keyed.attempts.map((_, i) => replyClass(keyed, i + 1))).toEqual([
      "timeout",
      "conflict",
      "conflict",
      "fresh",
    ]);
    expect(keyed.charges).toBe(1);
    expect(keyed.chargeTimesMs).toEqual([10_650]);
    expect(keyed.end).toEqual({ result: "paid", atMs: 10_700, status: 201 });
    // Without a key there is no claim to wait for: the first retry charges.
    expect(run("crash", "retry-no-key").end.atMs).toBe(4_500);
    expect(charges("crash")).toEqual({ "no-retry": 0, "retry-no-key": 1, "retry-with-key": 1 });
  });

  it("slow charge: the keyed retry gets 409, the next one the replay; without a key all 5 attempts charge", () => {
    const keyed = run("slow-duplicate", "retry-with-key");
    expect(replyClass(keyed, 2)).toBe("conflict");
    expect(replyClass(keyed, 3)).toBe("replay");
    expect(keyed.charges).toBe(1);
    expect(keyed.end).toEqual({ result: "paid", atMs: 6_200, status: 201 });
    const storm = run("slow-duplicate", "retry-no-key");
    expect(storm.charges).toBe(5);
    expect(storm.end).toEqual({ result: "gave-up", atMs: 30_000, status: null });
    expect(storm.chargeTimesMs).toEqual([4_550, 8_550, 13_550, 20_550, 31_550]);
    // No retry: charged once, and the app said it failed.
    expect(run("slow-duplicate", "no-retry").charges).toBe(1);
    expect(run("slow-duplicate", "no-retry").end.result).toBe("gave-up");
  });

  it("charge error: the key is marked failed, so the retry claims it again and charges once", () => {
    const keyed = run("charge-error", "retry-with-key");
    expect(keyed.attempts[0]!.reply).toMatchObject({ kind: "response", status: 503 });
    expect(replyClass(keyed, 2)).toBe("fresh");
    expect(keyed.charges).toBe(1);
    expect(keyed.keyStatus).toBe("done");
    expect(
      keyed.steps.some((s) => s.actor === "key-store" && /marked failed, so a retry may claim it/.test(s.text)),
    ).toBe(true);
    expect(charges("charge-error")).toEqual({ "no-retry": 0, "retry-no-key": 1, "retry-with-key": 1 });
  });

  it("the lease is a trade-off: 3 s (shorter than the work) charges twice even with a key; 30 s makes the app give up", () => {
    const short = run("slow-duplicate", "retry-with-key", 3_000);
    expect(short.charges).toBe(2);
    // Fencing: the first attempt finishes after losing its claim, and its result is not stored.
    expect(short.steps.some((s) => /Refuses attempt 1's result/.test(s.text))).toBe(true);
    expect(short.end.result).toBe("paid");
    const long = run("crash", "retry-with-key", 30_000);
    expect(long.charges).toBe(0);
    expect(long.end.result).toBe("gave-up");
    expect(long.attempts).toHaveLength(TIMING.maxAttempts);
    // A 3 s lease recovers a crash faster; it is the slow charge that it breaks.
    expect(run("crash", "retry-with-key", 3_000).end.atMs).toBe(4_500);
    // The default lease is twice the charge deadline, which outlasts the slowest charge.
    expect(TIMING.leaseMs).toBe(2 * TIMING.chargeDeadlineMs);
    expect(TIMING.slowChargeMs).toBeLessThan(TIMING.chargeDeadlineMs);
    expect(LEASE_CHOICES.map((c) => c.ms)).toContain(TIMING.leaseMs);
  });

  it("steps are in time order, and the app never shows both Paid and Payment failed", () => {
    for (const fault of FAULTS)
      for (const behaviour of BEHAVIOURS)
        for (const leaseMs of LEASE_CHOICES.map((c) => c.ms)) {
          const r = run(fault, behaviour, leaseMs);
          const times = r.steps.map((s) => s.atMs);
          expect(times).toEqual([...times].sort((a, b) => a - b));
          const shown = r.steps.filter((s) => s.actor === "app" && /shows "/.test(s.text));
          expect(shown).toHaveLength(1);
          expect(r.attempts.length).toBeLessThanOrEqual(TIMING.maxAttempts);
          if (behaviour === "no-retry") expect(r.attempts).toHaveLength(1);
          if (behaviour !== "retry-with-key") expect(r.keyStatus).toBeNull();
          // With a key and a lease longer than the work, nothing is ever charged twice.
          if (behaviour === "retry-with-key" && leaseMs >= TIMING.leaseMs) expect(r.charges).toBeLessThanOrEqual(1);
        }
  });

  it("rejects bad input with a clear message", () => {
    expect(() => runLostMessage({ fault: "meteor" as Fault, behaviour: "no-retry" })).toThrow(/unknown fault "meteor"/);
    expect(() => runLostMessage({ fault: "none", behaviour: "pray" as Behaviour })).toThrow(/unknown behaviour/);
    expect(() => runLostMessage({ fault: "none", behaviour: "no-retry", leaseMs: 0 })).toThrow(/lease/);
    expect(() => runLostMessage({ fault: "none", behaviour: "no-retry", leaseMs: 1.5 })).toThrow(/lease/);
    expect(() => formatSeconds(-1)).toThrow(/whole number/);
    expect(() => chargeBucket(-1)).toThrow(/whole number/);
    expect(() => replyClass(run("none", "no-retry"), 2)).toThrow(/no attempt 2/);
  });

  it("formats times in seconds", () => {
    expect(formatSeconds(0)).toBe("0 s");
    expect(formatSeconds(450)).toBe("0.45 s");
    expect(formatSeconds(10_700)).toBe("10.7 s");
  });
});

describe("LOST_MESSAGE_SCENARIOS", () => {
  it("are keyed by the model", () => {
    const answers = Object.fromEntries(Object.entries(LOST_MESSAGE_SCENARIOS).map(([k, s]) => [k, s.answer]));
    expect(answers).toEqual({
      "lost-request-view": "same-timeout",
      "lost-request-behaviours": "either-retry",
      "lost-response-no-key": "2",
      "lost-response-with-key": "replay",
      "crash-retry-reply": "conflict",
      "crash-attempts": "4",
      "slow-retry-reply": "conflict",
      "slow-no-key": "3+",
      "charge-error-retry": "fresh",
    });
  });

  it("each answer is one of its options, and every case lists existing scenarios once", () => {
    for (const [key, scenario] of Object.entries(LOST_MESSAGE_SCENARIOS)) {
      expect(
        scenario.options.map((o) => o.id),
        key,
      ).toContain(scenario.answer);
      expect(new Set(scenario.options.map((o) => o.id)).size).toBe(scenario.options.length);
    }
    const listed = LOST_MESSAGE_CASES.flatMap((c) => c.scenarios);
    expect([...listed].sort()).toEqual(Object.keys(LOST_MESSAGE_SCENARIOS).sort());
  });

  it("buckets charges", () => {
    expect([0, 1, 2, 3, 5].map(chargeBucket)).toEqual(["0", "1", "2", "3+", "3+"]);
  });
});

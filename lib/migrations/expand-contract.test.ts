import { describe, expect, it } from "vitest";
import {
  CANONICAL_ORDER,
  INITIAL_CODE,
  allOrders,
  applyCodeStep,
  describeCode,
  phaseOf,
  readOf,
  runPlan,
  signedUpIn,
  stepOf,
  usersText,
  type BackfillMode,
  type StepId,
} from "@/lib/migrations/expand-contract";
import {
  PLANNER_CASES,
  PLANNER_SCENARIOS,
  caseRun,
  darkReadFlags,
  dropBreaks,
  firstProblemPlace,
} from "@/lib/migrations/scenarios";

const MODES: BackfillMode[] = ["differs", "null-only"];

/**
 * An independent oracle for the property the planner exists to show: during a
 * rolling deploy, a row freshly written by either version must be readable by
 * the other. It knows nothing of the model's rows, only of which columns each
 * version writes and reads and which columns exist at that moment.
 */
function mixedFleetHazard(order: readonly StepId[]): { index: number; reason: string } | null {
  let writesOld = true;
  let writesNew = false;
  let readsNew = false;
  let hasOld = true;
  let hasNew = false;
  for (const [index, step] of order.entries()) {
    if (step === "add-column") hasNew = true;
    if (step === "drop-old") hasOld = false;
    if (step !== "dual-write" && step !== "read-new" && step !== "stop-old-writes") continue;
    const before = { writesOld, writesNew, readsNew };
    if (step === "dual-write") writesNew = true;
    if (step === "read-new") readsNew = true;
    if (step === "stop-old-writes") writesOld = false;
    const after = { writesOld, writesNew, readsNew };
    for (const [writer, reader, who] of [
      [before, after, "an old pod writes a row a new pod cannot read"],
      [after, before, "a new pod writes a row an old pod cannot read"],
    ] as const) {
      const writeFails = (writer.writesOld && !hasOld) || (writer.writesNew && !hasNew);
      const storesNothing = !writer.writesOld && !writer.writesNew;
      if (writeFails || storesNothing) return { index, reason: "a write fails" };
      const readable = reader.readsNew ? hasNew && writer.writesNew : hasOld && writer.writesOld;
      if (!readable) return { index, reason: who };
    }
  }
  return null;
}

describe("the six steps", () => {
  it("are add, dual write, backfill, read switch, stop old writes, drop, and 720 orders of them", () => {
    expect(CANONICAL_ORDER).toEqual([
      "add-column",
      "dual-write",
      "backfill",
      "read-new",
      "stop-old-writes",
      "drop-old",
    ]);
    expect(CANONICAL_ORDER.map((id) => stepOf(id).kind)).toEqual(["schema", "code", "data", "code", "code", "schema"]);
    const orders = allOrders();
    expect(orders).toHaveLength(720);
    expect(new Set(orders.map((order) => order.join(","))).size).toBe(720);
  });

  it("each code step changes one thing and bumps the version", () => {
    const v1 = applyCodeStep(INITIAL_CODE, "dual-write");
    const v2 = applyCodeStep(v1, "read-new");
    const v3 = applyCodeStep(v2, "stop-old-writes");
    expect([INITIAL_CODE, v1, v2, v3].map(describeCode)).toEqual([
      "writes username only, reads username",
      "writes both columns, reads username",
      "writes both columns, reads display_name",
      "writes display_name only, reads display_name",
    ]);
    expect(v3.version).toBe(3);
    expect(describeCode(applyCodeStep(INITIAL_CODE, "stop-old-writes"))).toBe("writes no name, reads username");
    expect(() => applyCodeStep(INITIAL_CODE, "backfill")).toThrow(/not a code step/);
  });

  it("refuses plans that are not an order of the six steps", () => {
    expect(() => runPlan({ order: CANONICAL_ORDER.slice(0, 5) })).toThrow(/all 6 steps/);
    expect(() => runPlan({ order: [...CANONICAL_ORDER.slice(0, 5), "add-column"] })).toThrow(/only once/);
    expect(() => runPlan({ order: [...CANONICAL_ORDER.slice(0, 5), "rename" as StepId] })).toThrow(/unknown step/);
    expect(() => runPlan({ order: CANONICAL_ORDER, backfill: "all" as BackfillMode })).toThrow(/backfill mode/);
    expect(() => runPlan({ order: "add-column" as unknown as StepId[] })).toThrow(/order of steps/);
  });

  it("words user lists", () => {
    expect(usersText([])).toBe("no user");
    expect(usersText([4])).toBe("user 4");
    expect(usersText([1, 2])).toBe("users 1 and 2");
    expect(usersText([1, 2, 5])).toBe("users 1, 2 and 5");
  });
});

describe("every ordering, exhaustively", () => {
  for (const backfill of MODES) {
    it(`flags every ordering in which one version writes a row the other cannot read (backfill: ${backfill})`, () => {
      let hazards = 0;
      for (const order of allOrders()) {
        const run = runPlan({ order, backfill });
        const hazard = mixedFleetHazard(order);
        if (hazard) {
          hazards += 1;
          expect(run.safe, `${order.join(" → ")}: ${hazard.reason}`).toBe(false);
          // The model flags it in the very rollout where it happens.
          expect(run.phases[hazard.index]!.problems.length, order.join(" → ")).toBeGreaterThan(0);
        }
      }
      // Most orders have such a window somewhere; the rest break in other ways (backfill, drop, data).
      expect(hazards).toBeGreaterThan(600);
    });
  }

  it("accepts the canonical order and nothing else", () => {
    const safe = allOrders().filter((order) => runPlan({ order, backfill: "differs" }).safe);
    expect(safe).toEqual([[...CANONICAL_ORDER]]);
  });

  it("with a NULL-only backfill, no order at all is safe", () => {
    expect(allOrders().filter((order) => runPlan({ order, backfill: "null-only" }).safe)).toEqual([]);
  });

  it("is deterministic", () => {
    const order = allOrders()[417]!;
    expect(runPlan({ order })).toEqual(runPlan({ order }));
  });
});

describe("the canonical plan, phase by phase", () => {
  const run = runPlan({ order: CANONICAL_ORDER });

  it("runs seven phases: six steps, then the final code", () => {
    expect(run.phases.map((phase) => phase.step)).toEqual([...CANONICAL_ORDER, null]);
    expect(run.phases.map((phase) => phase.groups.map((g) => `${g.id}:v${g.code.version}`).join(" "))).toEqual([
      "all:v0",
      "old:v0 new:v1",
      "all:v1",
      "old:v1 new:v2",
      "old:v2 new:v3",
      "all:v3",
      "all:v3",
    ]);
    expect(run.safe).toBe(true);
    expect(run.firstProblem).toBeNull();
  });

  it("a mixed dual-write rollout leaves a stale display_name, which the full backfill repairs", () => {
    const dual = phaseOf(run, "dual-write");
    const oldUser = signedUpIn(run, "dual-write", "old")!;
    const newUser = signedUpIn(run, "dual-write", "new")!;
    expect([oldUser, newUser]).toEqual([4, 5]);
    const five = dual.rows.find((row) => row.id === 5)!;
    expect(five).toMatchObject({ username: "bee", displayName: "claude", truth: "bee" });
    const four = dual.rows.find((row) => row.id === 4)!;
    expect(four).toMatchObject({ username: "cat", displayName: "cat" });
    const afterBackfill = phaseOf(run, "backfill").rows;
    for (const row of afterBackfill) expect(row.displayName).toBe(row.truth);
  });

  it("the dark read finds no mismatch at the switch, and is off once username stops being written", () => {
    expect(phaseOf(run, "read-new").darkReadMismatches).toEqual([]);
    expect(phaseOf(run, "read-new").checks.some((c) => c.actor === "Dark read")).toBe(true);
    expect(phaseOf(run, "stop-old-writes").checks.some((c) => c.actor === "Dark read")).toBe(false);
  });

  it("drops username only when display_name holds every name, and the table ends with one column", () => {
    const drop = phaseOf(run, "drop-old");
    expect(drop.checks.find((c) => c.actor === "Database")!.text).toMatch(/holds every current name/);
    expect(drop.schema).toEqual({ username: false, displayName: true });
    const last = run.phases.at(-1)!;
    for (const row of last.rows) expect(row).toMatchObject({ username: null, displayName: row.truth });
  });
});

describe("orders that break, and how", () => {
  it("dropping first loses every name and breaks every read and write", () => {
    const run = runPlan({
      order: ["drop-old", "add-column", "dual-write", "backfill", "read-new", "stop-old-writes"],
    });
    expect(run.firstProblem).toMatchObject({ step: "drop-old", kind: "data-loss", userIds: [1, 2] });
    const kinds = new Set(run.phases[0]!.problems.map((p) => p.kind));
    expect(kinds).toEqual(new Set(["data-loss", "read-error", "write-error"]));
    // The backfill later has no username to copy from.
    expect(phaseOf(run, "backfill").problems[0]).toMatchObject({ kind: "step-error" });
  });

  it("deploying the dual write before the column exists makes the new pods' writes fail", () => {
    const run = runPlan({
      order: ["dual-write", "add-column", "backfill", "read-new", "stop-old-writes", "drop-old"],
    });
    expect(run.firstProblem).toMatchObject({ step: "dual-write", kind: "write-error", group: "new" });
    expect(signedUpIn(run, "dual-write", "new")).toBeNull();
  });

  it("stopping username writes before reads switch shows old names to every pod", () => {
    const run = runPlan({
      order: ["add-column", "dual-write", "backfill", "stop-old-writes", "read-new", "drop-old"],
    });
    const stop = phaseOf(run, "stop-old-writes");
    const fresh = signedUpIn(run, "stop-old-writes", "new")!;
    expect(readOf(run, "stop-old-writes", "old", fresh)).toBe("no-name");
    expect(readOf(run, "stop-old-writes", "new", fresh)).toBe("no-name");
    expect(stop.problems.map((p) => p.kind)).toContain("wrong-read");
  });

  it("a backfill after username stops being written overwrites newer names", () => {
    const run = runPlan({
      order: ["add-column", "dual-write", "read-new", "stop-old-writes", "backfill", "drop-old"],
    });
    expect(phaseOf(run, "backfill").problems.map((p) => p.kind)).toContain("data-loss");
  });

  it("code that writes no name column at all is flagged at the write", () => {
    const run = runPlan({
      order: ["add-column", "stop-old-writes", "dual-write", "backfill", "read-new", "drop-old"],
    });
    expect(run.firstProblem).toMatchObject({ step: "stop-old-writes", kind: "write-error", group: "new" });
    expect(run.firstProblem!.text).toMatch(/stores the name in no column/);
  });
});

describe("the planner's scenarios, read off the model", () => {
  it("has one prediction per preset plan, each answer among its options", () => {
    expect(Object.keys(PLANNER_SCENARIOS)).toEqual(PLANNER_CASES.map((c) => c.key));
    for (const [key, spec] of Object.entries(PLANNER_SCENARIOS)) {
      expect(
        spec.options.map((o) => o.id),
        key,
      ).toContain(spec.answer);
      expect(new Set(spec.options.map((o) => o.id)).size, key).toBe(spec.options.length);
      expect(spec.why.length, key).toBeGreaterThan(80);
    }
  });

  it("gives the answers the lesson teaches", () => {
    expect(PLANNER_SCENARIOS["read-before-dual"]!.answer).toBe("no-name");
    expect(PLANNER_SCENARIOS["read-before-backfill"]!.answer).toBe("no-name");
    expect(PLANNER_SCENARIOS["backfill-before-dual"]!.answer).toBe("no-name");
    expect(PLANNER_SCENARIOS["drop-too-early"]!.answer).toBe("both");
    expect(PLANNER_SCENARIOS.canonical!.answer).toBe("none");
    expect(PLANNER_SCENARIOS["canonical-null-only"]!.answer).toBe("renamed-by-old");
  });

  it("every preset but the canonical one breaks, and the helpers read the runs", () => {
    for (const c of PLANNER_CASES) expect(caseRun(c.key).safe, c.key).toBe(c.key === "canonical");
    expect(dropBreaks(caseRun("canonical"))).toBe("nothing");
    expect(firstProblemPlace(caseRun("read-before-backfill"))).toBe("rollout");
    expect(firstProblemPlace(caseRun("drop-too-early"))).toBe("drop");
    expect(darkReadFlags(caseRun("canonical"))).toBe("none");
    // In the NULL-only run the stale row is user 5: created by a new pod, renamed by an old one.
    const nullOnly = caseRun("canonical-null-only");
    expect(phaseOf(nullOnly, "read-new").darkReadMismatches).toEqual([5]);
    expect(readOf(nullOnly, "read-new", "new", 5)).toBe("stale");
    expect(() => caseRun("nope" as never)).toThrow(/unknown case/);
  });
});

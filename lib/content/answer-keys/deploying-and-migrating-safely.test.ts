import { describe, expect, it } from "vitest";
import { keyAssertions } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import { matchingKey, matchingOptions, type MatchingProps } from "@/lib/lessons/blocks/matching";
import { CANONICAL_ORDER, STEPS, allOrders, runPlan } from "@/lib/migrations/expand-contract";
import { PLANNER_SCENARIOS } from "@/lib/migrations/scenarios";

/**
 * Answer keys of the deploying-and-migrating chapter, recomputed from the
 * chapter's stated inputs and from the ExpandContractPlanner's model.
 */
const lesson = lessonBlocks("deploying-and-migrating-safely");
const {
  cards,
  expectSingleChoice,
  expectMultipleChoice,
  expectDecisions,
  expectNumeric,
  expectOrdering,
  expectSimulator,
} = keyAssertions(lesson);

const DAILY_USERS = 10_000_000;
const countBy = (answers: Record<string, string>) =>
  Object.values(answers).reduce<Record<string, number>>((acc, a) => ({ ...acc, [a]: (acc[a] ?? 0) + 1 }), {});
/** The lesson's text with its code blocks removed: what the prose itself says. */
const prose = lesson.source.replace(/```[\s\S]*?```/g, "");
const codeBlocks = (language: string) =>
  [...lesson.source.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]!);

describe("deploying-and-migrating-safely answer keys", () => {
  it("has the blocks the chapter is built around, at least 8 of them scored", () => {
    expect([...lesson.ids].sort()).toEqual(
      [
        "rename-in-place",
        "canary-first-step",
        "pick-the-rollout",
        "expand-contract-order",
        "one-row-dual-write",
        "backfill-duration",
        "expand-contract-planner",
        "when-not-null",
        "how-gh-ost-keeps-up",
        "migration-class-bugs",
        "store-move-order",
        "contract-changes",
        "larkpost-plan",
      ].sort(),
    );
    const scored = lesson.ids.filter((id) => lesson.block(id).name !== "Reveal");
    expect(scored.length).toBeGreaterThanOrEqual(8);
  });

  it("a rename during a rolling deploy breaks only the pods still on the old code", () => {
    expectSingleChoice("rename-in-place", /^Pods still on the old code fail every query that names username/, [
      /^Nothing fails/,
      /^The database holds the rename/,
      /^Every pod fails/,
    ]);
  });

  it("canary at 1 % of 10 M daily users exposes 100,000; 5 % and 20 % expose 500,000 and 2,000,000", () => {
    const exposed = (percent: number) => (DAILY_USERS * percent) / 100;
    expect(exposed(1)).toBe(100_000);
    expectNumeric("canary-first-step", exposed(1), "users", { "million users": exposed(1) / 1_000_000 });
    expect([exposed(5), exposed(20)]).toEqual([500_000, 2_000_000]);
    const text = lesson.source;
    expect(text).toMatch(/expose 500,000 and 2,000,000/);
    expect(text).toMatch(/1 % of 10 million is 100,000 users/);
    // The ramp named in the table and the final plan.
    expect(text).toMatch(/1 % → 5 % → 20 % → 100 %/);
  });

  it("deployment deck: 12 cards, answers spread over all five choices, traps on the tempting ones", () => {
    const expected = {
      "http-library": "canary",
      "half-built": "flag",
      "admin-tool": "rolling",
      "rename-shared-db": "expand",
      "one-version-only": "blue-green",
      "launch-at-nine": "flag",
      "status-value": "expand",
      "pool-setting": "canary",
      "widget-kill-switch": "flag",
      "runtime-upgrade": "blue-green",
      "drop-with-code": "expand",
      "resize-worker": "rolling",
    };
    expectDecisions("pick-the-rollout", expected, { minimum: 12 });
    expect(countBy(expected)).toEqual({ canary: 2, flag: 3, rolling: 2, expand: 3, "blue-green": 2 });
    // No run of three cards in a row shares an answer, so the authored order gives nothing away.
    const answers = cards("pick-the-rollout").map((card) => card.answer);
    for (let i = 2; i < answers.length; i++)
      expect(answers[i] === answers[i - 1] && answers[i] === answers[i - 2]).toBe(false);
  });

  it("expand and contract: the six steps, in the model's canonical order", () => {
    expectOrdering("expand-contract-order", [
      /^Add display_name as a nullable column$/,
      /^Deploy code that writes both columns and still reads username$/,
      /^Backfill display_name/,
      /^Deploy code that reads display_name, comparing it with username in a dark read$/,
      /^Deploy code that stops writing username$/,
      /^Drop username$/,
    ]);
    expect(CANONICAL_ORDER).toEqual([
      "add-column",
      "dual-write",
      "backfill",
      "read-new",
      "stop-old-writes",
      "drop-old",
    ]);
    expect(STEPS.map((step) => step.kind)).toEqual(["schema", "code", "data", "code", "code", "schema"]);
  });

  it("a dual write within one row is atomic; across two systems it is not", () => {
    expectSingleChoice("one-row-dual-write", /^Both columns are in the same row of the same database/, [
      /^The backfill repairs/,
      /^The dark read catches/,
      /^It is not safe either/,
    ]);
    expect(prose).toMatch(/\/learn\/polyglot-persistence/);
    expect(prose).toMatch(/use an outbox or change data capture/);
  });

  it("backfill: 10 M rows in batches of 1,000 at 50 ms + 200 ms pause ≈ 42 min (≈ 8 min unpaused, ≈ 69 h for a billion rows)", () => {
    const rows = 10_000_000;
    const batch = 1_000;
    const workMs = 50;
    const pauseMs = 200;
    const batches = rows / batch;
    expect(batches).toBe(10_000);
    const seconds = (batches * (workMs + pauseMs)) / 1000;
    expect(seconds).toBe(2_500);
    const minutes = seconds / 60;
    expect(Math.round(minutes)).toBe(42);
    expectNumeric("backfill-duration", minutes, "min", { h: minutes / 60, s: seconds });
    expect(Math.round((batches * workMs) / 1000 / 60)).toBe(8);
    expect(Math.round(((1_000_000_000 / batch) * (workMs + pauseMs)) / 1000 / 3600)).toBe(69);
    const text = lesson.source;
    expect(text).toMatch(/2,500 s, about 42 minutes/);
    expect(text).toMatch(/about 8 minutes/);
    expect(text).toMatch(/about 69 hours/);
    // The backfill sample pauses the same 200 ms in batches of the same 1,000 rows.
    const backfill = codeBlocks("python").find((code) => code.includes("def backfill"))!;
    expect(backfill).toMatch(/BATCH = 1_000/);
    expect(backfill).toMatch(/PAUSE_S = 0\.2/);
  });

  it("the simulator scores every scenario from its model, and the prose's claims match the model", () => {
    expectSimulator("expand-contract-planner", "ExpandContractPlanner", PLANNER_SCENARIOS);
    expect(PLANNER_SCENARIOS.canonical!.answer).toBe("none");
    // "With that backfill, the canonical order is the only one of the 720 in which nothing breaks."
    const orders = allOrders();
    expect(orders).toHaveLength(720);
    expect(orders.filter((order) => runPlan({ order, backfill: "differs" }).safe)).toEqual([[...CANONICAL_ORDER]]);
    expect(prose).toMatch(/the only one of the 720 in which nothing breaks/);
    // "A NULL-only backfill skips it; the dark read catches it."
    const nullOnly = runPlan({ order: CANONICAL_ORDER, backfill: "null-only" });
    expect(nullOnly.safe).toBe(false);
    expect(nullOnly.phases[3]!.darkReadMismatches.length).toBeGreaterThan(0);
    // The simulator sits after the six steps are explained and the backfill is shown.
    expect(lesson.lineOf("<ExpandContractPlanner />")).toBeGreaterThan(lesson.lineOf("def backfill"));
  });

  it("NOT NULL goes on after the backfill, once every pod writes the column (inv-001 #28)", () => {
    expectSingleChoice("when-not-null", /^Once the backfill has finished and every running pod writes display_name$/, [
      /^In step 1/,
      /^As soon as the dual-write deploy starts/,
      /^Only after username is dropped/,
    ]);
    const sql = codeBlocks("sql").join("\n");
    const steps = [
      /SET lock_timeout/,
      /CHECK \(display_name IS NOT NULL\) NOT VALID/,
      /VALIDATE CONSTRAINT users_display_name_not_null/,
      /ALTER COLUMN display_name SET NOT NULL/,
      /DROP CONSTRAINT users_display_name_not_null/,
    ];
    const positions = steps.map((pattern) => sql.search(pattern));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(prose).toMatch(/PostgreSQL 12 and later|`SET NOT NULL` scans every row/);
  });

  it("gh-ost follows the binlog; pt-osc uses triggers", () => {
    expectSingleChoice("how-gh-ost-keeps-up", /^It reads the binary log/, [
      /^Triggers on the original table/,
      /^It locks the original table/,
      /^It queues incoming writes/,
    ]);
    expect(prose).toMatch(/pt-osc by triggers, gh-ost from the binlog/);
  });

  it("the migration class's bugs: f-string SQL, a cross-system dual write, no backfill, no way back, sleep(hours=24) (inv-0xx #37)", () => {
    expectMultipleChoice(
      "migration-class-bugs",
      [
        /^The SQL is built with f-strings/,
        /^A crash or timeout between the two writes/,
        /^There is no backfill/,
        /^Once phase is 'new'/,
        /^time\.sleep\(hours=24\)/,
      ],
      [/^It should write the new store first/, /^Reads should go to the new store/],
    );
    const python = codeBlocks("python");
    // Only the buggy example builds SQL with f-strings or sleeps with hours=; every other sample is parameterised.
    const buggy = python.filter((code) => /f"(SELECT|UPDATE|INSERT)/.test(code) || /sleep\(hours=/.test(code));
    expect(buggy).toHaveLength(1);
    expect(buggy[0]).toMatch(/class ProfileMove/);
    for (const code of python.filter((c) => c !== buggy[0])) {
      expect(code).not.toMatch(/f"[^"]*(SELECT|UPDATE|INSERT)/);
      if (/(SELECT|UPDATE|INSERT)/.test(code)) expect(code).toMatch(/%s/);
    }
    // The fresh version has a backfill that checkpoints and a rollback path.
    const fresh = python.find((code) => code.includes("def load_name"))!;
    expect(fresh).toMatch(/WHERE profiles\.version < EXCLUDED\.version/);
    expect(fresh).toMatch(/back to 0 rolls back/);
    expect(python.find((code) => code.includes("def backfill"))).toMatch(/backfill_progress/);
  });

  it("moving between stores: capture, snapshot with a version guard, dark reads, 1 → 10 → 50 → 100 %, switch, decommission", () => {
    expectOrdering("store-move-order", [
      /^Start capturing every change/,
      /^Copy a snapshot/,
      /^Compare with dark reads/,
      /^Move reads over: 1 %, 10 %, 50 %, 100 %$/,
      /^Make the new store the system of record/,
      /^Decommission/,
    ]);
    expect(prose).toMatch(/1 → 10 → 50 → 100 %/);
    // The strangler fig's ramp.
    expect(prose).toMatch(/1 % of that feature's traffic, then 5, 10, 25, 50 and 100 %/);
  });

  it("schema as a contract: six changes, each with its safe move, and a big-bang distractor", () => {
    const block = lesson.block("contract-changes");
    expect(block.name).toBe("Matching");
    const props = block.props as unknown as MatchingProps;
    expect(props.pairs).toHaveLength(6);
    expect(matchingOptions(props)).toHaveLength(7);
    expect(props.distractors).toEqual(["Deploy every producer and consumer at the same moment"]);
    expect(lesson.score("contract-changes", { matches: matchingKey(props) })).toMatchObject({
      score: 1,
      correct: true,
    });
  });

  it("the final plan: canary first, write both before backfilling, drop last", () => {
    const block = lesson.block("larkpost-plan");
    expect(block.name).toBe("StepReveal");
    type Step = { predict?: { choices: string[]; answer: number } };
    const steps = block.props.steps as unknown as Step[];
    const right = steps.flatMap((step) => (step.predict ? [step.predict.choices[step.predict.answer]] : []));
    expect(right).toEqual([
      expect.stringMatching(/^A canary: 1 %, then 5 %, 20 % and 100 %/),
      expect.stringMatching(/^Every pod writes both columns and both event fields; then the backfill runs$/),
      expect.stringMatching(/^Once no consumer and no rollback target reads it/),
    ]);
    const key = steps.flatMap((step) => (step.predict ? [step.predict.answer] : []));
    expect(lesson.score("larkpost-plan", { predictions: key })).toMatchObject({ score: 1, correct: true });
  });

  it("seed errors stay fixed in the prose", () => {
    // inv-001 #3: our own section titles, not the seed's.
    expect(lesson.source).not.toMatch(/Un-erasable|Moment of Truth|Asynchronous Abyss/);
    // inv-001 #28: no "migration window" for the drop; its lock is brief because nothing uses the column.
    expect(prose).not.toMatch(/migration window/i);
    expect(prose).toMatch(/Nothing uses it, so its short lock hurts nobody/);
    // Only the drop is one-way.
    expect(prose).toMatch(/Only the drop is one-way/);
    // The single-row vs cross-system dual write distinction.
    expect(prose).toMatch(/A dual write in \*\*one row\*\* is atomic/);
  });
});

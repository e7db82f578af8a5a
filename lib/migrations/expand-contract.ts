/**
 * Renaming `users.username` to `users.display_name` on a live table, one step
 * at a time, while the fleet of pods is mid-rollout. Pure and deterministic:
 * the same plan always gives the same phases, rows and problems.
 *
 * The six steps of expand and contract, in any order the learner chooses:
 * - add-column: `ALTER TABLE users ADD COLUMN display_name VARCHAR(255) NULL`;
 * - dual-write: deploy code that also writes display_name (reads stay on username);
 * - backfill: copy username into display_name, in batches;
 * - read-new: deploy code that reads display_name, with a dark read comparing it with username;
 * - stop-old-writes: deploy code that no longer writes username;
 * - drop-old: `ALTER TABLE users DROP COLUMN username`.
 *
 * Each code step is a rolling deploy: while it runs, half the pods ("old
 * pods") still run the previous code and half ("new pods") the next. Schema
 * and data steps run while the whole fleet is on one version ("all pods").
 * A code step changes one thing about the code: what it writes, or what it
 * reads; so a step taken too early yields code that, say, reads a column
 * nobody writes.
 *
 * In every phase the pods do the same small script against the table: each
 * pod group signs up one user; every group reads every user; each group
 * renames one user (in a rollout, the user the other group just signed up;
 * otherwise user 1 or 2); every group reads every user again. A read is right
 * when it returns the user's latest name (the model keeps that "truth" beside
 * the table). After the last step, one more phase runs the final code.
 */
export type StepId = "add-column" | "dual-write" | "backfill" | "read-new" | "stop-old-writes" | "drop-old";
export type StepKind = "schema" | "code" | "data";
/** Which rows the backfill copies: every row whose display_name differs from username, or only NULL ones. */
export type BackfillMode = "differs" | "null-only";
export type Plan = { order: readonly StepId[]; backfill?: BackfillMode };

export type Column = "username" | "display_name";
export type Code = { version: number; writesOld: boolean; writesNew: boolean; readsNew: boolean };
export type GroupId = "all" | "old" | "new";
export type Group = { id: GroupId; code: Code };
export type Schema = { username: boolean; displayName: boolean };
/** One user's row. A column that does not exist reads as null here; `truth` is the name the user last chose. */
export type Row = { id: number; username: string | null; displayName: string | null; truth: string };

export type ReadOutcome = "ok" | "no-name" | "stale" | "error";
export type ProblemKind = "write-error" | "read-error" | "wrong-read" | "data-loss" | "step-error";
export type CheckKind = "ok" | "fail" | "info";
export type Check = { kind: CheckKind; actor: string; text: string };
export type Problem = {
  phase: number;
  step: StepId | null;
  kind: ProblemKind;
  /** The pods that hit it (null for the database or the backfill job). */
  group: GroupId | null;
  userIds: number[];
  text: string;
};
export type ReadRecord = {
  group: GroupId;
  userId: number;
  moment: "after-sign-ups" | "after-renames";
  outcome: ReadOutcome;
  value: string | null;
};
export type WriteRecord = {
  group: GroupId;
  op: "sign-up" | "rename";
  userId: number;
  value: string;
  ok: boolean;
};

export type Phase = {
  index: number;
  /** Null for the last phase, when the fleet runs the final code after every step. */
  step: StepId | null;
  groups: Group[];
  /** The schema once this phase's DDL (if any) has run. */
  schema: Schema;
  checks: Check[];
  writes: WriteRecord[];
  reads: ReadRecord[];
  /** Users whose two columns the dark read found different in this phase. */
  darkReadMismatches: number[];
  problems: Problem[];
  /** The table at the end of the phase. */
  rows: Row[];
};

export type PlanRun = {
  order: StepId[];
  backfill: BackfillMode;
  phases: Phase[];
  problems: Problem[];
  safe: boolean;
  firstProblem: Problem | null;
};

export const STEPS: readonly { id: StepId; kind: StepKind; label: string }[] = [
  { id: "add-column", kind: "schema", label: "Add display_name as a nullable column" },
  { id: "dual-write", kind: "code", label: "Deploy code that writes both columns (reads stay on username)" },
  { id: "backfill", kind: "data", label: "Backfill display_name from username, in batches" },
  { id: "read-new", kind: "code", label: "Deploy code that reads display_name (a dark read compares)" },
  { id: "stop-old-writes", kind: "code", label: "Deploy code that stops writing username" },
  { id: "drop-old", kind: "schema", label: "Drop the username column" },
];

/** The expand-and-contract order: the only one in which nothing breaks. */
export const CANONICAL_ORDER: readonly StepId[] = STEPS.map((step) => step.id);
const STEP_IDS = new Set<string>(CANONICAL_ORDER);

export const LEGACY_USERS: readonly { id: number; name: string }[] = [
  { id: 1, name: "ada" },
  { id: 2, name: "grace" },
];
const SIGN_UP_NAMES = [
  "alan",
  "barbara",
  "claude",
  "donald",
  "edsger",
  "frances",
  "hedy",
  "ivan",
  "john",
  "ken",
  "linus",
  "margaret",
  "niklaus",
  "radia",
];
const NEW_NAMES = ["ace", "bee", "cat", "dot", "elf", "fig", "gem", "hop", "ink", "jet", "kit", "lux", "moe", "nib"];

export const INITIAL_CODE: Code = { version: 0, writesOld: true, writesNew: false, readsNew: false };

export function stepOf(id: StepId) {
  const step = STEPS.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`unknown step "${String(id)}"`);
  return step;
}

/** The code after a code step is deployed on top of `code`. Each step changes one thing. */
export function applyCodeStep(code: Code, step: StepId): Code {
  const next = { ...code, version: code.version + 1 };
  if (step === "dual-write") return { ...next, writesNew: true };
  if (step === "read-new") return { ...next, readsNew: true };
  if (step === "stop-old-writes") return { ...next, writesOld: false };
  throw new Error(`"${step}" is not a code step`);
}

const columnsWritten = (code: Code): Column[] => [
  ...(code.writesOld ? (["username"] as const) : []),
  ...(code.writesNew ? (["display_name"] as const) : []),
];
const hasColumn = (schema: Schema, column: Column) => (column === "username" ? schema.username : schema.displayName);
const readColumn = (code: Code): Column => (code.readsNew ? "display_name" : "username");

/** What a version of the code does, in a few words: "writes both columns, reads username". */
export function describeCode(code: Code): string {
  const written = columnsWritten(code);
  const writes =
    written.length === 2
      ? "writes both columns"
      : written.length === 1
        ? `writes ${written[0]} only`
        : "writes no name";
  return `${writes}, reads ${readColumn(code)}`;
}

/** "user 1", "users 1 and 2", "users 1, 2 and 5". */
export function usersText(ids: readonly number[]): string {
  if (ids.length === 0) return "no user";
  if (ids.length === 1) return `user ${ids[0]}`;
  return `users ${ids.slice(0, -1).join(", ")} and ${ids.at(-1)}`;
}

export function groupName(group: Group): string {
  const who = group.id === "all" ? "All pods" : group.id === "old" ? "Old pods" : "New pods";
  return `${who} (v${group.code.version})`;
}

/** The outcome of one read of one row by code `code`, against schema `schema`. */
export function readRow(code: Code, schema: Schema, row: Row): { outcome: ReadOutcome; value: string | null } {
  const column = readColumn(code);
  if (!hasColumn(schema, column)) return { outcome: "error", value: null };
  const value = column === "username" ? row.username : row.displayName;
  if (value === null) return { outcome: "no-name", value };
  return { outcome: value === row.truth ? "ok" : "stale", value };
}

const quoted = (value: string | null) => (value === null ? "NULL" : `“${value}”`);
const mismatchExample = (row: Row, count: number) =>
  ` (${count > 1 ? `user ${row.id}: ` : ""}username ${quoted(row.username)}, display_name ${quoted(row.displayName)})`;

function validate(plan: Plan): { order: StepId[]; backfill: BackfillMode } {
  if (!Array.isArray(plan.order)) throw new Error("a plan needs an order of steps");
  for (const id of plan.order) if (!STEP_IDS.has(id)) throw new Error(`unknown step "${String(id)}"`);
  if (new Set(plan.order).size !== plan.order.length) throw new Error("each step may appear only once");
  if (plan.order.length !== CANONICAL_ORDER.length)
    throw new Error(`a plan orders all ${CANONICAL_ORDER.length} steps; this one has ${plan.order.length}`);
  const backfill = plan.backfill ?? "differs";
  if (backfill !== "differs" && backfill !== "null-only")
    throw new Error(`unknown backfill mode "${String(backfill)}"`);
  return { order: [...plan.order], backfill };
}

export function runPlan(plan: Plan): PlanRun {
  const { order, backfill } = validate(plan);
  const schema: Schema = { username: true, displayName: false };
  let code = INITIAL_CODE;
  const rows: Row[] = LEGACY_USERS.map((user) => ({
    id: user.id,
    username: user.name,
    displayName: null,
    truth: user.name,
  }));
  let nextId = rows.length + 1;
  let signUps = 0;
  let renames = 0;
  const stopAt = order.indexOf("stop-old-writes");
  const phases: Phase[] = [];

  for (let index = 0; index <= order.length; index++) {
    const step = order[index] ?? null;
    const kind = step ? stepOf(step).kind : null;
    const next = kind === "code" ? applyCodeStep(code, step!) : null;
    const groups: Group[] = next
      ? [
          { id: "old", code },
          { id: "new", code: next },
        ]
      : [{ id: "all", code }];
    const checks: Check[] = [];
    const problems: Problem[] = [];
    const writes: WriteRecord[] = [];
    const reads: ReadRecord[] = [];
    const check = (checkKind: CheckKind, actor: string, text: string) => checks.push({ kind: checkKind, actor, text });
    const problem = (p: Omit<Problem, "phase" | "step">) => problems.push({ phase: index, step, ...p });

    check(
      "info",
      "Fleet",
      next
        ? `Rolling deploy: half the pods still run v${code.version} (${describeCode(code)}), half run v${next.version} (${describeCode(next)}).`
        : `Every pod runs v${code.version} (${describeCode(code)}).`,
    );

    // The step's own work, before the pods' traffic of this phase.
    if (step === "add-column") {
      schema.displayName = true;
      check("ok", "Database", "Adds display_name (nullable): a quick change; every existing row holds NULL there.");
    } else if (step === "drop-old") {
      const lost = rows.filter(
        (row) => row.username === row.truth && (!schema.displayName || row.displayName !== row.truth),
      );
      if (lost.length > 0) {
        const text = `Drops username while it holds the only right copy of the name of ${usersText(lost.map((row) => row.id))}: those names are gone.`;
        check("fail", "Database", text);
        problem({ kind: "data-loss", group: null, userIds: lost.map((row) => row.id), text });
      } else {
        check("ok", "Database", "Drops username; display_name holds every current name.");
      }
      schema.username = false;
      for (const row of rows) row.username = null;
    } else if (step === "backfill") {
      if (!schema.displayName || !schema.username) {
        const missing = schema.displayName ? "username" : "display_name";
        const text = `Fails at once: column ${missing} does not exist.`;
        check("fail", "Backfill job", text);
        problem({ kind: "step-error", group: null, userIds: [], text });
      } else {
        const selected = rows.filter((row) =>
          backfill === "differs" ? row.displayName !== row.username : row.displayName === null,
        );
        const clobbered = selected.filter((row) => row.displayName === row.truth && row.username !== row.truth);
        for (const row of selected) row.displayName = row.username;
        const rule = backfill === "differs" ? "where display_name differs from username" : "where display_name IS NULL";
        check(
          "ok",
          "Backfill job",
          `Copies username into display_name ${rule}: ${selected.length === 0 ? "no row" : usersText(selected.map((row) => row.id))}.`,
        );
        if (clobbered.length > 0) {
          const text = `Overwrites the newer display_name of ${usersText(clobbered.map((row) => row.id))} with an older username.`;
          check("fail", "Backfill job", text);
          problem({ kind: "data-loss", group: null, userIds: clobbered.map((row) => row.id), text });
        }
      }
    }

    /** One write by a group: a sign-up (row undefined) or a rename. Returns the row id, or null if it failed. */
    const write = (group: Group, op: "sign-up" | "rename", value: string, target?: Row): number | null => {
      const columns = columnsWritten(group.code);
      const missing = columns.filter((column) => !hasColumn(schema, column));
      const what = op === "sign-up" ? `Sign-up of “${value}”` : `Renaming user ${target!.id} to “${value}”`;
      const id = target?.id ?? nextId;
      if (missing.length > 0) {
        const text = `${what} fails: the ${op === "sign-up" ? "INSERT" : "UPDATE"} names ${missing.join(" and ")}, which does not exist.`;
        check("fail", groupName(group), text);
        problem({ kind: "write-error", group: group.id, userIds: target ? [target.id] : [], text });
        writes.push({ group: group.id, op, userId: id, value, ok: false });
        return null;
      }
      const row: Row = target ?? { id, username: null, displayName: null, truth: value };
      if (!target) {
        nextId += 1;
        rows.push(row);
      }
      row.truth = value;
      if (group.code.writesOld) row.username = value;
      if (group.code.writesNew) row.displayName = value;
      writes.push({ group: group.id, op, userId: id, value, ok: true });
      if (columns.length === 0) {
        const text = `${what} stores the name in no column: this code writes neither username nor display_name.`;
        check("fail", groupName(group), text);
        problem({ kind: "write-error", group: group.id, userIds: [id], text });
        return id;
      }
      check(
        "ok",
        groupName(group),
        `${op === "sign-up" ? `Signs up user ${id} (“${value}”)` : `Renames user ${id} to “${value}”`}: writes ${columns.join(" and ")}.`,
      );
      return id;
    };

    /** Every group reads every row; one check per group; a problem for each group that misreads. */
    const readAll = (moment: ReadRecord["moment"]) => {
      for (const group of groups) {
        const results = rows.map((row) => ({ row, ...readRow(group.code, schema, row) }));
        for (const result of results)
          reads.push({ group: group.id, userId: result.row.id, moment, outcome: result.outcome, value: result.value });
        const column = readColumn(group.code);
        const when = moment === "after-sign-ups" ? "after the sign-ups" : "after the renames";
        if (results.some((result) => result.outcome === "error")) {
          const text = `Every read fails ${when}: the SELECT names ${column}, which does not exist.`;
          check("fail", groupName(group), text);
          problem({ kind: "read-error", group: group.id, userIds: rows.map((row) => row.id), text });
          continue;
        }
        const blank = results.filter((result) => result.outcome === "no-name").map((result) => result.row.id);
        const stale = results.filter((result) => result.outcome === "stale");
        if (blank.length === 0 && stale.length === 0) {
          check("ok", groupName(group), `Reads ${column} for all ${rows.length} users ${when}: every name right.`);
          continue;
        }
        const parts = [
          ...(blank.length > 0 ? [`${usersText(blank)} ${blank.length === 1 ? "has" : "have"} no name (NULL)`] : []),
          ...stale.map((result) => `user ${result.row.id} shows “${result.value}”, not “${result.row.truth}”`),
        ];
        const text = `Reads ${column} ${when}: ${parts.join("; ")}.`;
        check("fail", groupName(group), text);
        problem({
          kind: "wrong-read",
          group: group.id,
          userIds: [...blank, ...stale.map((result) => result.row.id)].sort((a, b) => a - b),
          text,
        });
      }
    };

    // The pods' traffic.
    const signedUp = new Map<GroupId, number | null>();
    for (const group of groups) signedUp.set(group.id, write(group, "sign-up", SIGN_UP_NAMES[signUps++]!));
    readAll("after-sign-ups");
    for (const group of groups) {
      const targetId = next
        ? signedUp.get(group.id === "old" ? "new" : "old")
        : LEGACY_USERS[index % LEGACY_USERS.length]!.id;
      const target = rows.find((row) => row.id === targetId);
      if (target) write(group, "rename", NEW_NAMES[renames++]!, target);
    }
    readAll("after-renames");

    // Dark reads: code that reads display_name while still writing username compares the two,
    // until they are switched off (by flag) as the stop-old-writes rollout begins.
    const darkReadMismatches: number[] = [];
    const darkReaders = groups.filter((group) => group.code.readsNew && group.code.writesOld && index < stopAt);
    if (darkReaders.length > 0 && schema.username && schema.displayName) {
      darkReadMismatches.push(...rows.filter((row) => row.username !== row.displayName).map((row) => row.id));
      check(
        "info",
        "Dark read",
        darkReadMismatches.length === 0
          ? "Compares username with display_name on every read: no mismatch."
          : `Logs a mismatch for ${usersText(darkReadMismatches)}${mismatchExample(
              rows.find((row) => row.id === darkReadMismatches.at(-1))!,
              darkReadMismatches.length,
            )}.`,
      );
    }

    phases.push({
      index,
      step,
      groups,
      schema: { ...schema },
      checks,
      writes,
      reads,
      darkReadMismatches,
      problems,
      rows: rows.map((row) => ({ ...row })),
    });
    if (next) code = next;
  }

  const problems = phases.flatMap((phase) => phase.problems);
  return { order, backfill, phases, problems, safe: problems.length === 0, firstProblem: problems[0] ?? null };
}

/** Every ordering of the six steps (720), for exhaustive checks. */
export function allOrders(): StepId[][] {
  const out: StepId[][] = [];
  const walk = (prefix: StepId[], rest: StepId[]) => {
    if (rest.length === 0) out.push(prefix);
    rest.forEach((id, i) => walk([...prefix, id], [...rest.slice(0, i), ...rest.slice(i + 1)]));
  };
  walk([], [...CANONICAL_ORDER]);
  return out;
}

/** The phase in which `step` runs. */
export function phaseOf(run: PlanRun, step: StepId): Phase {
  return run.phases.find((phase) => phase.step === step)!;
}

/** How `group` read user `userId` in the phase of `step` (the first read of that moment). */
export function readOf(
  run: PlanRun,
  step: StepId,
  group: GroupId,
  userId: number,
  moment: ReadRecord["moment"] = "after-sign-ups",
): ReadOutcome {
  const record = phaseOf(run, step).reads.find(
    (read) => read.group === group && read.userId === userId && read.moment === moment,
  );
  if (!record) throw new Error(`no read of user ${userId} by ${group} pods during ${step}`);
  return record.outcome;
}

/** The user a group signed up in the phase of `step` (null if the sign-up failed). */
export function signedUpIn(run: PlanRun, step: StepId, group: GroupId): number | null {
  const record = phaseOf(run, step).writes.find((write) => write.group === group && write.op === "sign-up");
  return record?.ok ? record.userId : null;
}

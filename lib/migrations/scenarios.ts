import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import {
  LEGACY_USERS,
  phaseOf,
  readOf,
  runPlan,
  signedUpIn,
  type BackfillMode,
  type PlanRun,
  type ReadOutcome,
  type StepId,
} from "@/lib/migrations/expand-contract";

/**
 * The ExpandContractPlanner's questions, one per preset plan. Every answer is
 * read off a run of the model, so the key cannot drift from what the planner
 * shows.
 */
export const PLANNER_CASES = [
  {
    key: "read-before-dual",
    label: "Reads switch to display_name before any pod writes it",
    order: ["add-column", "read-new", "dual-write", "backfill", "stop-old-writes", "drop-old"],
    backfill: "differs",
  },
  {
    key: "read-before-backfill",
    label: "Reads switch before the backfill",
    order: ["add-column", "dual-write", "read-new", "backfill", "stop-old-writes", "drop-old"],
    backfill: "differs",
  },
  {
    key: "backfill-before-dual",
    label: "The backfill runs before the dual-write deploy",
    order: ["add-column", "backfill", "dual-write", "read-new", "stop-old-writes", "drop-old"],
    backfill: "differs",
  },
  {
    key: "drop-too-early",
    label: "username is dropped while pods still use it",
    order: ["add-column", "dual-write", "backfill", "drop-old", "read-new", "stop-old-writes"],
    backfill: "differs",
  },
  {
    key: "canonical",
    label: "Expand and contract, in order",
    order: ["add-column", "dual-write", "backfill", "read-new", "stop-old-writes", "drop-old"],
    backfill: "differs",
  },
  {
    key: "canonical-null-only",
    label: "In order, but the backfill copies only NULL rows",
    order: ["add-column", "dual-write", "backfill", "read-new", "stop-old-writes", "drop-old"],
    backfill: "null-only",
  },
] as const satisfies readonly {
  key: string;
  label: string;
  order: readonly StepId[];
  backfill: BackfillMode;
}[];

export type PlannerCaseKey = (typeof PLANNER_CASES)[number]["key"];

export function caseRun(key: PlannerCaseKey): PlanRun {
  const found = PLANNER_CASES.find((c) => c.key === key);
  if (!found) throw new Error(`unknown case "${key}"`);
  return runPlan({ order: found.order, backfill: found.backfill });
}

const READ_OPTIONS: readonly { id: ReadOutcome; label: string }[] = [
  { id: "ok", label: "The right name" },
  { id: "no-name", label: "No name: display_name is NULL for that user" },
  { id: "stale", label: "A name the user has since changed" },
  { id: "error", label: "An error: the column does not exist" },
];

/** How the new pods read a user, or the worst outcome over several users. */
function worst(outcomes: readonly ReadOutcome[]): ReadOutcome {
  for (const outcome of ["error", "no-name", "stale"] as const) if (outcomes.includes(outcome)) return outcome;
  return "ok";
}

/** What the drop breaks in the phase it runs: reads, writes, both or nothing. */
export function dropBreaks(run: PlanRun): "nothing" | "reads" | "writes" | "both" | "data" {
  const kinds = new Set(phaseOf(run, "drop-old").problems.map((p) => p.kind));
  if (kinds.has("data-loss")) return "data";
  const reads = kinds.has("read-error") || kinds.has("wrong-read");
  const writes = kinds.has("write-error");
  return reads && writes ? "both" : reads ? "reads" : writes ? "writes" : "nothing";
}

/** Where the first problem of a run is, as the canonical question's choices name it. */
export function firstProblemPlace(run: PlanRun): "none" | "rollout" | "backfill" | "drop" | "afterwards" | "other" {
  const first = run.firstProblem;
  if (!first) return "none";
  if (first.step === null) return "afterwards";
  if (first.step === "backfill") return "backfill";
  if (first.step === "drop-old") return "drop";
  if (first.step === "add-column") return "other";
  return "rollout";
}

/** Whose rows the dark read flags when reads switch: none, legacy users, or users an old pod renamed. */
export function darkReadFlags(run: PlanRun): "none" | "renamed-by-old" | "legacy" | "signed-up-by-new" | "other" {
  const flagged = phaseOf(run, "read-new").darkReadMismatches;
  if (flagged.length === 0) return "none";
  const dual = phaseOf(run, "dual-write");
  const renamedByOld = dual.writes.filter((w) => w.group === "old" && w.op === "rename" && w.ok).map((w) => w.userId);
  const legacy = LEGACY_USERS.map((user) => user.id);
  const signedUpByNew = dual.writes.filter((w) => w.group === "new" && w.op === "sign-up").map((w) => w.userId);
  const same = (ids: number[]) => ids.length === flagged.length && ids.every((id) => flagged.includes(id));
  if (same(renamedByOld)) return "renamed-by-old";
  if (same(legacy)) return "legacy";
  if (same(signedUpByNew)) return "signed-up-by-new";
  return "other";
}

/** The user signed up during the backfill phase, read by the new pods once reads switch. */
function signedUpDuringBackfillReadAfterSwitch(run: PlanRun): ReadOutcome {
  const userId = signedUpIn(run, "backfill", "all");
  if (userId === null) return "error";
  return readOf(run, "read-new", "new", userId);
}

const readBeforeDual = caseRun("read-before-dual");
const readBeforeBackfill = caseRun("read-before-backfill");

export const PLANNER_SCENARIOS: PredictionScenarios = {
  "read-before-dual": {
    question:
      "Half the pods are switched to reading display_name while every pod still writes only username. An old pod signs up a new user. What does a new pod show for that user a moment later?",
    options: READ_OPTIONS,
    answer: readOf(readBeforeDual, "read-new", "new", signedUpIn(readBeforeDual, "read-new", "old") ?? -1),
    why: "The old pod's INSERT fills username only, so the new user's display_name is NULL, and the new pods read nothing else. This is the hazard of a mixed fleet: a row written by one version must be readable by every other version running beside it. Every pod has to write display_name before any pod reads it.",
  },
  "read-before-backfill": {
    question:
      "Every pod already writes both columns, and half are switched to reading display_name before the backfill has run. What do the new pods show for users 1 and 2, who signed up before the migration began?",
    options: READ_OPTIONS,
    answer: worst(LEGACY_USERS.map((user) => readOf(readBeforeBackfill, "read-new", "new", user.id))),
    why: "The dual write covers only rows written since it went out. Users who have not changed their name since then still have NULL in display_name until the backfill copies it, so the read switch has to wait for the backfill to finish.",
  },
  "backfill-before-dual": {
    question:
      "The backfill runs first, while every pod still writes only username; the dual write comes next, then the read switch. When reads switch, what do the new pods show for the user who signed up while the backfill was running?",
    options: READ_OPTIONS,
    answer: signedUpDuringBackfillReadAfterSwitch(caseRun("backfill-before-dual")),
    why: "A backfill copies the rows that exist when it passes them. Every row written afterwards by code that ignores display_name misses it again: new sign-ups get NULL, renames leave an old name behind. Backfill once every pod writes both columns, so nothing can fall behind it.",
  },
  "drop-too-early": {
    question:
      "username is dropped right after the backfill, while every pod still reads username and writes both columns. What breaks at the drop?",
    options: [
      { id: "nothing", label: "Nothing: display_name already holds every name" },
      { id: "reads", label: "Only reads: the SELECT names username" },
      { id: "writes", label: "Only writes: the INSERT and UPDATE name username" },
      { id: "both", label: "Reads and writes both fail, on every pod" },
      { id: "data", label: "Names are lost, but the pods keep working" },
    ],
    answer: dropBreaks(caseRun("drop-too-early")),
    why: "The data is safe (display_name holds every name), but the code is not: every pod's SELECT and every INSERT and UPDATE still name username, and the database rejects them all. Drop a column only when no running code reads or writes it.",
  },
  canonical: {
    question:
      "Add the column, dual write, backfill every row that differs, switch reads, stop writing username, drop it. Across all six steps, with half the fleet on each version during every deploy, where does the first read or write break?",
    options: [
      { id: "none", label: "Nowhere: every read and write succeeds throughout" },
      { id: "rollout", label: "During one of the rolling deploys" },
      { id: "backfill", label: "While the backfill runs" },
      { id: "drop", label: "At the drop" },
      { id: "afterwards", label: "Only after the last step" },
    ],
    answer: firstProblemPlace(caseRun("canonical")),
    why: "At every moment, each version running can read what every other version writes: reads move only once every pod writes display_name and every old row is copied; username goes only once nothing reads or writes it. That is why the order is fixed, and why each deploy can be rolled back until the drop.",
  },
  "canonical-null-only": {
    question:
      "The same order, but the backfill copies only rows whose display_name IS NULL. When reads switch, whose rows does the dark read flag?",
    options: [
      { id: "none", label: "Nobody's: the backfill filled every gap" },
      { id: "renamed-by-old", label: "A user an old pod renamed during the dual-write rollout" },
      { id: "legacy", label: "Users 1 and 2, who signed up before the migration" },
      { id: "signed-up-by-new", label: "The user a new pod signed up during the dual-write rollout" },
    ],
    answer: darkReadFlags(caseRun("canonical-null-only")),
    why: "While the dual write rolled out, a new pod created a user with both columns, then an old pod renamed that user in username alone. That row's display_name is not NULL, just out of date, so a backfill that looks only for NULL skips it. The dark read catches it before users do; a backfill that copies every row that differs fixes it.",
  },
};

"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { GuessedStepper, useGuessedStepper, type GuessLane } from "@/components/simulators/guessed-stepper";
import { RadioGroup } from "@/components/simulators/radio-group";
import { TimedSteps } from "@/components/simulators/timed-steps";
import { Button } from "@/components/ui/button";
import { ScrollRegion } from "@/components/ui/scroll-region";
import {
  runPlan,
  stepOf,
  usersText,
  type BackfillMode,
  type Phase,
  type PlanRun,
  type StepId,
} from "@/lib/migrations/expand-contract";
import { PLANNER_CASES, PLANNER_SCENARIOS, type PlannerCaseKey } from "@/lib/migrations/scenarios";

type PlannerCase = (typeof PLANNER_CASES)[number];

const BACKFILL_OPTIONS: readonly { value: BackfillMode; label: string }[] = [
  { value: "differs", label: "Every row where display_name differs from username" },
  { value: "null-only", label: "Only rows where display_name IS NULL" },
];

function phaseTitle(phase: Phase): string {
  return phase.step
    ? `Step ${phase.index + 1}: ${stepOf(phase.step).label}`
    : "After the last step: the final code runs on";
}

function PhaseOutcome({ phase }: { phase: Phase }) {
  if (phase.problems.length === 0)
    return (
      <p className="text-success">
        <span aria-hidden="true">✓ </span>Nothing breaks in this stage.
      </p>
    );
  return (
    <div className="space-y-1">
      <p className="font-semibold text-danger">
        <span aria-hidden="true">✗ </span>
        {phase.problems.length === 1 ? "1 problem" : `${phase.problems.length} problems`} in this stage.
      </p>
      {phase.darkReadMismatches.length > 0 ? (
        <p className="text-muted">The dark read noticed {usersText(phase.darkReadMismatches)}: check its log first.</p>
      ) : null}
    </div>
  );
}

function UsersTable({ phase }: { phase: Phase }) {
  const cell = (exists: boolean, value: string | null) =>
    !exists ? <span className="text-muted">–</span> : value === null ? <span className="text-muted">NULL</span> : value;
  return (
    <ScrollRegion label="The users table" className="rounded-md border border-border bg-bg p-3">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left font-semibold">
          The users table after {phaseTitle(phase).toLowerCase()}
        </caption>
        <thead>
          <tr className="text-muted">
            <th scope="col" className="pr-3 font-normal">
              id
            </th>
            <th scope="col" className="pr-3 font-normal">
              username{phase.schema.username ? "" : " (dropped)"}
            </th>
            <th scope="col" className="pr-3 font-normal">
              display_name{phase.schema.displayName ? "" : " (not added yet)"}
            </th>
            <th scope="col" className="font-normal">
              Name the user last chose
            </th>
          </tr>
        </thead>
        <tbody>
          {phase.rows.map((row) => (
            <tr key={row.id} className="border-t border-border">
              <td className="py-1 pr-3 tabular-nums">{row.id}</td>
              <td className="py-1 pr-3">{cell(phase.schema.username, row.username)}</td>
              <td className="py-1 pr-3">{cell(phase.schema.displayName, row.displayName)}</td>
              <td className="py-1">{row.truth}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function Verdict({ run }: { run: PlanRun }) {
  if (run.safe)
    return (
      <p className="rounded-md border border-success p-3 text-sm">
        <strong className="text-success">Safe.</strong> In all {run.phases.length} stages every pod read every user
        right, every write landed and no name was lost.
      </p>
    );
  const first = run.firstProblem!;
  const stages = new Set(run.problems.map((problem) => problem.phase)).size;
  return (
    <p className="rounded-md border border-danger p-3 text-sm">
      <strong className="text-danger">Not safe.</strong> {run.problems.length}{" "}
      {run.problems.length === 1 ? "problem" : "problems"} in {stages} of {run.phases.length} stages. The first, in{" "}
      {phaseTitle(run.phases[first.phase]!).toLowerCase()}: {first.text}
    </p>
  );
}

/** The learner's plan: the six steps in their order, what the backfill copies, and the run played stage by stage. */
function Planner({ initial }: { initial: PlannerCase }) {
  const headingId = useId();
  const [order, setOrder] = useState<StepId[]>(() => [...initial.order]);
  const [backfill, setBackfill] = useState<BackfillMode>(initial.backfill);
  const [focus, setFocus] = useState<{ step: StepId; direction: "up" | "down" } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const stepper = useGuessedStepper();
  const run = useMemo(() => runPlan({ order, backfill }), [order, backfill]);
  const total = run.phases.length;
  const next = run.phases[stepper.shown] ?? null;

  // Keep the keyboard on the step that moved (on its other button once it reaches an end).
  useEffect(() => {
    if (!focus) return;
    const index = order.indexOf(focus.step);
    const atEnd = focus.direction === "up" ? index === 0 : index === order.length - 1;
    const direction = atEnd ? (focus.direction === "up" ? "down" : "up") : focus.direction;
    buttons.current.get(`${focus.step}:${direction}`)?.focus();
  }, [focus, order]);

  const move = (index: number, direction: "up" | "down") => {
    const target = direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= order.length) return;
    const moved = [...order];
    [moved[index], moved[target]] = [moved[target]!, moved[index]!];
    setOrder(moved);
    setFocus({ step: order[index]!, direction });
    stepper.restart();
  };

  const lanes: GuessLane[] = next
    ? [
        {
          id: "breaks",
          name: "Your guess",
          legend: "Will this stage break a read, a write or a name?",
          options: [
            { id: "yes", label: "Yes, something breaks" },
            { id: "no", label: "No, everything works" },
          ],
          answer: next.problems.length > 0 ? "yes" : "no",
          result:
            next.problems.length === 0
              ? "nothing breaks"
              : `${next.problems.length} ${next.problems.length === 1 ? "problem" : "problems"}`,
        },
      ]
    : [];

  return (
    <section className="space-y-4" aria-labelledby={headingId}>
      <h4 id={headingId} className="font-semibold">
        Your plan, step by step
      </h4>
      <p className="text-sm text-muted">
        Put the six steps in the order you would run them (Up and Down move a step), choose what the backfill copies,
        then play the plan one stage at a time.
      </p>
      <ol className="space-y-2" aria-label="The plan's steps, in order">
        {order.map((stepId, index) => {
          const label = stepOf(stepId).label;
          return (
            <li
              key={stepId}
              className="flex flex-wrap items-center gap-2 rounded-md border border-border bg-bg p-2 text-sm"
            >
              <span className="min-w-0 flex-1">
                <span className="font-semibold tabular-nums">{index + 1}.</span> {label}
              </span>
              <span className="flex gap-1">
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={index === 0}
                  ref={(element) => {
                    if (element) buttons.current.set(`${stepId}:up`, element);
                  }}
                  onClick={() => move(index, "up")}
                >
                  Up
                  <span className="sr-only">: move “{label}” earlier</span>
                </Button>
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={index === order.length - 1}
                  ref={(element) => {
                    if (element) buttons.current.set(`${stepId}:down`, element);
                  }}
                  onClick={() => move(index, "down")}
                >
                  Down
                  <span className="sr-only">: move “{label}” later</span>
                </Button>
              </span>
            </li>
          );
        })}
      </ol>
      <RadioGroup
        legend="The backfill copies username into display_name for"
        value={backfill}
        options={BACKFILL_OPTIONS}
        onChange={(mode) => {
          setBackfill(mode);
          stepper.restart();
        }}
      />
      <div className="flex flex-wrap gap-3">
        <Button
          variant="secondary"
          onClick={() => {
            setFocus(null);
            setOrder([...initial.order]);
            setBackfill(initial.backfill);
            stepper.restart();
          }}
        >
          Back to this case&apos;s plan
        </Button>
      </div>
      <GuessedStepper
        stepper={stepper}
        total={total}
        status={
          next === null
            ? `All ${total} stages played.`
            : `Next: stage ${stepper.shown + 1} of ${total}, ${phaseTitle(next).toLowerCase()}.`
        }
        lanes={lanes}
        askLabel="Ask me to guess before each stage"
        noun="stage"
        verdictLabel={`Stage ${stepper.shown + 1}`}
      />
      <div className="space-y-3">
        {run.phases.slice(0, stepper.shown).map((phase) => (
          <TimedSteps
            key={phase.index}
            title={phaseTitle(phase)}
            steps={phase.checks.map((check) => ({ kind: check.kind, at: null, actor: check.actor, text: check.text }))}
            outcome={<PhaseOutcome phase={phase} />}
          />
        ))}
      </div>
      {stepper.shown > 0 ? <UsersTable phase={run.phases[stepper.shown - 1]!} /> : null}
      <div aria-live="polite">{stepper.shown >= total ? <Verdict run={run} /> : null}</div>
    </section>
  );
}

/**
 * Renaming users.username to users.display_name with expand and contract,
 * while every code deploy leaves half the pods on the old version for a
 * while. The learner predicts what a preset plan breaks, then orders the six
 * steps as they like and plays the plan stage by stage.
 */
export function ExpandContractPlanner({ id }: { id: string }) {
  const prediction = usePrediction(id, PLANNER_SCENARIOS);
  const [caseKey, setCaseKey] = useState<PlannerCaseKey>(PLANNER_CASES[0].key);
  const current = PLANNER_CASES.find((c) => c.key === caseKey)!;
  const open = prediction.answered(caseKey);

  return (
    <div className="space-y-5" data-testid="expand-contract-planner">
      <p className="text-sm text-muted">
        The users table has a username column that must become display_name, with no downtime. Users 1 and 2 exist
        before the migration starts. While each code step rolls out, half the pods run the previous version and half the
        next; in every stage each group of pods signs up a user, renames one, and reads every user.
      </p>
      <RadioGroup
        legend="Plan to try"
        value={caseKey}
        options={PLANNER_CASES.map((c) => ({ value: c.key, label: c.label }))}
        onChange={setCaseKey}
      />
      <PredictionPrompt id={id} scenarios={PLANNER_SCENARIOS} scenario={caseKey} />
      {open ? (
        <Planner key={caseKey} initial={current} />
      ) : (
        <p className="text-sm text-muted">Make the prediction above to open this plan and play it stage by stage.</p>
      )}
    </div>
  );
}

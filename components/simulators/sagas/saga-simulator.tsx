"use client";

import { useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { RadioGroup } from "@/components/simulators/radio-group";
import { TimedSteps } from "@/components/simulators/timed-steps";
import { inputClasses } from "@/components/ui/field-styles";
import {
  SAGA_ID,
  SAGA_STEPS,
  formatMs,
  runSaga,
  type Actor,
  type CompensationRun,
  type CompensationTrouble,
  type Failure,
  type SagaRun,
  type SagaStatus,
} from "@/lib/sagas/saga";
import { SAGA_CASES, SAGA_SCENARIOS, SCENARIO_INPUTS, type SagaScenarioKey } from "@/lib/sagas/scenarios";

type Settings = {
  failAt: number | null;
  failure: Failure;
  landed: boolean;
  trouble: CompensationTrouble;
  idempotent: boolean;
};

/** The settings a case's questions state; the learner may change them once they have predicted. */
function settingsOf(key: SagaScenarioKey): Settings {
  const input: {
    failAt: number | null;
    failure?: Failure;
    landed?: boolean;
    compensationTrouble?: CompensationTrouble;
    idempotent?: boolean;
  } = SCENARIO_INPUTS[key];
  return {
    failAt: input.failAt,
    failure: input.failure ?? "declined",
    landed: input.landed ?? true,
    trouble: input.compensationTrouble ?? "none",
    idempotent: input.idempotent ?? true,
  };
}

const ACTOR_NAMES: Record<Actor, string> = {
  orchestrator: "Orchestrator",
  order: "Order service",
  inventory: "Inventory",
  payment: "Payment",
  shipping: "Shipping",
};

const STATUS: Record<SagaStatus, { text: string; className: string }> = {
  completed: { text: "Completed: o-42 is confirmed.", className: "text-success" },
  rejected: { text: "Rejected: nothing had been done, so nothing was undone.", className: "text-muted" },
  compensated: { text: "Compensated: every finished step has been undone.", className: "text-success" },
  "needs-repair": {
    text: "Needs repair: one compensation is parked for a person; the others ran.",
    className: "text-danger",
  },
  stuck: { text: "Stuck: the chain of compensations stopped part-way.", className: "text-danger" },
};

const count = (n: number) => (n === 0 ? "never" : n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);

function compensationText(c: CompensationRun): string {
  if (c.outcome === "never-ran") return `${c.label}: never ran`;
  if (c.outcome === "dead-lettered") return `${c.label}: dead-lettered after ${c.attempts} attempts`;
  if (c.outcome === "nothing-to-undo")
    return `${c.label}: nothing to undo${c.attempts > 1 ? ` (${c.attempts} attempts)` : ""}`;
  const extra = [c.attempts > 1 ? `${c.attempts} attempts` : null, c.applied > 1 ? `applied ${count(c.applied)}` : null]
    .filter(Boolean)
    .join(", ");
  return `${c.label}: done${extra ? ` (${extra})` : ""}`;
}

function Outcome({ run }: { run: SagaRun }) {
  const { effects } = run;
  const held = effects.reservations > effects.releases;
  const booked = effects.bookings > effects.cancellations;
  const status = STATUS[run.status];
  return (
    <div className="space-y-1">
      <p className={`font-semibold ${status.className}`}>{status.text}</p>
      <p>Compensations, in the order they ran:</p>
      {run.compensations.length === 0 ? (
        <p className="text-muted">none</p>
      ) : (
        <ol className="list-decimal space-y-0.5 pl-5">
          {run.compensations.map((c) => (
            <li key={c.id}>{compensationText(c)}</li>
          ))}
        </ol>
      )}
      <p>
        Card charged {count(effects.charges)}, refunded {count(effects.refunds)}
        {effects.refunds > effects.charges ? (
          <strong className="text-danger"> (more refunded than charged)</strong>
        ) : null}
        . Bags: {effects.reservations === 0 ? "never reserved" : held ? "still reserved" : "released"}. Courier:{" "}
        {booked ? "booked" : "none booked"}. Order:{" "}
        {effects.orderStatus === "none" ? "never created" : effects.orderStatus}. Finished at t ={" "}
        {formatMs(run.finishedAtMs)}.
      </p>
    </div>
  );
}

function SagaLog({ run }: { run: SagaRun }) {
  return (
    <div className="overflow-x-auto rounded-md border border-border bg-bg p-3">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left font-semibold">Saga log (orchestrator)</caption>
        <thead>
          <tr className="text-muted">
            <th scope="col" className="pr-3 font-normal">
              t
            </th>
            <th scope="col" className="pr-3 font-normal">
              Entry
            </th>
            <th scope="col" className="font-normal">
              Saga state
            </th>
          </tr>
        </thead>
        <tbody>
          {run.log.map((entry, index) => (
            <tr key={index} className="border-t border-border align-top">
              <td className="py-1 pr-3 whitespace-nowrap tabular-nums">{formatMs(entry.atMs)}</td>
              <td className="py-1 pr-3">{entry.entry}</td>
              <td className="py-1 font-medium whitespace-nowrap">{entry.state}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Trace({ title, run }: { title: string; run: SagaRun }) {
  return (
    <TimedSteps
      title={title}
      steps={run.steps.map((step) => ({
        kind: step.kind,
        at: formatMs(step.atMs),
        actor: ACTOR_NAMES[step.actor],
        text: step.text,
      }))}
      outcome={<Outcome run={run} />}
    />
  );
}

function Lab({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const canGoSilent = settings.failAt !== null && settings.failAt >= 2 && settings.failAt <= 4;
  const input = {
    failAt: settings.failAt,
    failure: canGoSilent ? settings.failure : ("declined" as const),
    landed: settings.landed,
    compensationTrouble: settings.trouble,
    idempotent: settings.idempotent,
  };
  const orchestrated = runSaga({ ...input, style: "orchestrated" });
  const choreographed = runSaga({ ...input, style: "choreographed" });
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });

  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-3">
          <label className="block space-y-1 text-sm">
            <span className="font-medium">Step that fails</span>
            <select
              className={inputClasses}
              value={settings.failAt ?? "none"}
              onChange={(event) => {
                const value = event.target.value === "none" ? null : Number(event.target.value);
                set({ failAt: value, failure: value === 1 || value === 5 ? "declined" : settings.failure });
              }}
            >
              <option value="none">No step fails</option>
              {SAGA_STEPS.map((step) => (
                <option key={step.id} value={step.number}>
                  {step.number}: {step.command} ({step.service})
                </option>
              ))}
            </select>
          </label>
          <RadioGroup<Failure>
            legend="How it fails"
            value={canGoSilent ? settings.failure : "declined"}
            options={[
              {
                value: "declined",
                label: settings.failAt === 5 ? "It fails once (step 5 is retried)" : "The service says no",
              },
              {
                value: "no-reply",
                label: "The service goes silent for 30 s (steps 2–4)",
                disabled: !canGoSilent,
              },
            ]}
            onChange={(failure) => set({ failure })}
          />
          {canGoSilent && settings.failure === "no-reply" ? (
            <RadioGroup<"yes" | "no">
              legend="Had the silent step taken effect? (The saga cannot see this.)"
              value={settings.landed ? "yes" : "no"}
              options={[
                { value: "yes", label: "Yes: it acted, then went quiet" },
                { value: "no", label: "No: it went quiet before acting" },
              ]}
              onChange={(answer) => set({ landed: answer === "yes" })}
            />
          ) : null}
        </div>
        <div className="space-y-3">
          <RadioGroup<CompensationTrouble>
            legend="Trouble with the first compensation"
            value={settings.trouble}
            options={[
              { value: "none", label: "None" },
              { value: "reply-lost", label: "It works, but its reply is lost once" },
              { value: "keeps-failing", label: "It keeps failing (6 attempts, then a dead-letter queue)" },
            ]}
            onChange={(trouble) => set({ trouble })}
          />
          <label className="flex min-h-10 items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4 shrink-0"
              checked={settings.idempotent}
              onChange={(event) => set({ idempotent: event.target.checked })}
            />
            Idempotent handlers (each remembers what it did for saga {SAGA_ID})
          </label>
        </div>
      </div>
      {orchestrated.troubleNotApplicable ? (
        <p className="text-sm text-muted">No compensation runs in this setting, so the trouble has nowhere to land.</p>
      ) : null}
      <p className="text-sm text-muted">
        The same failure, run both ways. Each step takes 0.2 s; a call times out after 2 s; retries back off 1 s, 2 s, 4
        s…; each step has a 10 s deadline.
      </p>
      <div className="grid gap-4 lg:grid-cols-2" aria-live="polite">
        <div className="min-w-0 space-y-3">
          <Trace title="Orchestrated" run={orchestrated} />
          <SagaLog run={orchestrated} />
        </div>
        <div className="min-w-0 space-y-3">
          <Trace title="Choreographed" run={choreographed} />
          <p className="text-sm text-muted">
            No saga log here: each service knows only its own part, and the order&apos;s progress is spread across four
            databases.
          </p>
        </div>
      </div>
    </div>
  );
}

/**
 * A five-step order saga (create, reserve, charge, ship, confirm). The learner
 * picks what goes wrong and predicts which compensations run and in which
 * order; then the saga runs orchestrated (with its saga log) and choreographed.
 */
export function SagaSimulator({ id }: { id: string }) {
  const prediction = usePrediction(id, SAGA_SCENARIOS);
  const [caseKey, setCaseKey] = useState<SagaScenarioKey>(SAGA_CASES[0]!.key);
  const [settings, setSettings] = useState<Settings>(() => settingsOf(SAGA_CASES[0]!.key));
  const current = SAGA_CASES.find((c) => c.key === caseKey)!;
  const open = current.scenarios.every((key) => prediction.answered(key));
  const chooseCase = (key: SagaScenarioKey) => {
    setCaseKey(key);
    setSettings(settingsOf(key));
  };

  return (
    <div className="space-y-5" data-testid="saga-simulator">
      <div className="space-y-2 text-sm">
        <p className="text-muted">
          Order o-42 (2 bags of coffee, €36) runs as saga {SAGA_ID}: five local steps, each in its own service, and the
          action that undoes each one.
        </p>
        <ol className="list-decimal space-y-0.5 pl-5">
          {SAGA_STEPS.map((step) => (
            <li key={step.id}>
              <span className="font-medium">{step.command}</span> ({step.service}):{" "}
              {step.compensation ? (
                <>undone by {step.compensation.command}</>
              ) : (
                <>never undone; retried until it succeeds</>
              )}
            </li>
          ))}
        </ol>
      </div>
      <RadioGroup<SagaScenarioKey>
        legend="What goes wrong"
        value={caseKey}
        options={SAGA_CASES.map((c) => ({ value: c.key, label: c.label }))}
        onChange={chooseCase}
      />
      <div className="space-y-3">
        {current.scenarios.map((key) => (
          <PredictionPrompt key={key} id={id} scenarios={SAGA_SCENARIOS} scenario={key} />
        ))}
      </div>
      {open ? (
        <Lab settings={settings} onChange={setSettings} />
      ) : (
        <p className="text-sm text-muted">
          Make the prediction above to see the saga run, orchestrated and choreographed.
        </p>
      )}
    </div>
  );
}

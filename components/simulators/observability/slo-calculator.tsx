"use client";

import { useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { NumberField } from "@/components/simulators/number-field";
import { Button } from "@/components/ui/button";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatExact } from "@/lib/estimation/format";
import {
  budgetSpent,
  errorBudget,
  evaluateAlerts,
  exhaustionDays,
  firstAlert,
  incidentProblem,
  sloProblem,
  type Incident,
} from "@/lib/observability/slo";
import { SLO_INPUTS, SLO_SCENARIOS } from "@/lib/observability/slo-scenarios";

const BUDGET_KEYS = ["four-nines-minutes", "budget-requests", "burn-exhaustion"] as const;
const ALERT_KEYS = ["fast-burn-first-alert", "slow-burn", "outage-over"] as const;

const fmt = (value: number, digits = 2) => formatExact(value, digits);

/** A duration in days, said in the unit a person would use. */
function describeDays(days: number): string {
  if (days >= 7) return `${fmt(days)} days`;
  if (days >= 2) return `${fmt(days)} days (${fmt(days * 24, 1)} hours)`;
  const hours = days * 24;
  if (hours >= 1) return `${fmt(hours, 1)} hours`;
  return `${fmt(hours * 60, 1)} minutes`;
}

/** A number of minutes, with hours for the long ones. */
function describeMinutes(minutes: number): string {
  if (minutes < 120) return `${fmt(minutes, 2)} minutes`;
  return `${fmt(minutes, 0)} minutes (${fmt(minutes / 60, 1)} hours)`;
}

const windowName = (minutes: number) =>
  minutes >= 1_440 ? `${minutes / 1_440} d` : minutes >= 60 ? `${minutes / 60} h` : `${minutes} min`;

/**
 * An availability objective's error budget, in minutes and in requests, how
 * long a burn rate takes to spend it, and which of the SRE Workbook's
 * multi-window burn-rate alerts an incident fires. Each half opens once its
 * three predictions are made; the predictions are saved as attempts.
 */
export function SloCalculator({ id }: { id: string }) {
  const prediction = usePrediction(id, SLO_SCENARIOS);
  const budgetOpen = BUDGET_KEYS.every((key) => prediction.answered(key));
  const alertsOpen = ALERT_KEYS.every((key) => prediction.answered(key));
  return (
    <div className="space-y-8" data-testid="slo-calculator">
      <section className="space-y-3" aria-label="Error budget and burn rate">
        <h4 className="font-semibold">1. The error budget and how fast it burns</h4>
        {BUDGET_KEYS.map((key) => (
          <PredictionPrompt key={key} id={id} scenarios={SLO_SCENARIOS} scenario={key} />
        ))}
        {budgetOpen ? (
          <BudgetPanel />
        ) : (
          <p className="text-sm text-muted">Make the three predictions above to open the budget calculator.</p>
        )}
      </section>
      <section className="space-y-3" aria-label="Multi-window burn-rate alerts">
        <h4 className="font-semibold">2. Which alert fires?</h4>
        <p className="text-sm text-muted">
          The rules are the SRE Workbook&apos;s starting point for a 30-day objective. Each fires only when the burn
          rate over its long window and over its short window (a twelfth as long) are both above its threshold.
        </p>
        {ALERT_KEYS.map((key) => (
          <PredictionPrompt key={key} id={id} scenarios={SLO_SCENARIOS} scenario={key} />
        ))}
        {alertsOpen ? (
          <AlertPanel />
        ) : (
          <p className="text-sm text-muted">Make the three predictions above to open the alert checker.</p>
        )}
      </section>
    </div>
  );
}

const BUDGET_DEFAULTS = { targetPercent: 99.9, windowDays: 30, requestsPerSecond: 200, burn: 14.4 };

function BudgetPanel() {
  const [inputs, setInputs] = useState(BUDGET_DEFAULTS);
  const set = (patch: Partial<typeof inputs>) => setInputs((current) => ({ ...current, ...patch }));
  const problem =
    sloProblem(inputs) ??
    (Number.isFinite(inputs.burn) && inputs.burn > 0 ? null : "The burn rate must be a number above 0.");
  const budget = problem ? null : errorBudget(inputs);

  return (
    <div className="space-y-4 rounded-md border border-border p-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <NumberField
          label="Objective (%)"
          value={inputs.targetPercent}
          min={50}
          max={99.999}
          step={0.01}
          onChange={(value) => set({ targetPercent: value })}
        />
        <NumberField
          label="Window (days)"
          value={inputs.windowDays}
          min={1}
          max={365}
          step={1}
          onChange={(value) => set({ windowDays: value })}
        />
        <NumberField
          label="Average requests per second"
          value={inputs.requestsPerSecond}
          min={0}
          max={10_000_000}
          step={10}
          onChange={(value) => set({ requestsPerSecond: value })}
        />
        <NumberField
          label="Burn rate (× the budgeted error rate)"
          value={inputs.burn}
          min={0.1}
          max={10_000}
          step={0.1}
          onChange={(value) => set({ burn: value })}
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" size="sm" onClick={() => setInputs(BUDGET_DEFAULTS)}>
          Worked example: 99.9 % over 30 days
        </Button>
        <Button variant="secondary" size="sm" onClick={() => set({ burn: 1 })}>
          Burn rate 1
        </Button>
        <Button variant="secondary" size="sm" onClick={() => set({ burn: 6 })}>
          Burn rate 6
        </Button>
      </div>
      <div aria-live="polite" className="space-y-1 text-sm">
        {problem || !budget ? (
          <p className="text-danger" role="alert">
            {problem}
          </p>
        ) : (
          <>
            <p>
              Error budget: <strong>{fmt(budget.fraction * 100, 6)} %</strong> of the window, which is{" "}
              <strong>{describeMinutes(budget.minutes)}</strong> of total outage in {fmt(inputs.windowDays, 0)} days
              {budget.requests !== null ? (
                <>
                  , or <strong>{fmt(budget.requests, 0)} failed requests</strong> at {fmt(inputs.requestsPerSecond)} a
                  second
                </>
              ) : null}
              .
            </p>
            <p>
              At a burn rate of {fmt(inputs.burn)}, errors run at {fmt(budget.fraction * inputs.burn * 100, 4)} % of
              requests and the budget is gone in{" "}
              <strong>{describeDays(exhaustionDays(inputs.burn, inputs.windowDays))}</strong>; each hour spends{" "}
              <strong>{fmt(budgetSpent(inputs.burn, 1, inputs.windowDays) * 100, 3)} %</strong> of it.
            </p>
            <p className="text-muted">
              A burn rate of 1 spends the budget in exactly the window; above 1 it runs out early.
            </p>
          </>
        )}
      </div>
    </div>
  );
}

type AlertInputs = Required<Incident> & { targetPercent: number };

const PRESETS: readonly { label: string; inputs: AlertInputs }[] = [
  {
    label: "A bad deploy: 2 % failing for 50 minutes so far",
    inputs: { targetPercent: 99.9, errorPercent: 2, startedMinutesAgo: 50, lastedMinutes: 50, baselinePercent: 0 },
  },
  {
    label: "A slow burn: 0.3 % for two days",
    inputs: { targetPercent: 99.9, baselinePercent: 0, ...SLO_INPUTS["slow-burn"].incident },
  },
  {
    label: "A 5-minute outage that ended 40 minutes ago",
    inputs: { targetPercent: 99.9, baselinePercent: 0, ...SLO_INPUTS["outage-over"].incident },
  },
];

function AlertPanel() {
  const [inputs, setInputs] = useState<AlertInputs>(PRESETS[0]!.inputs);
  const set = (patch: Partial<AlertInputs>) => setInputs((current) => ({ ...current, ...patch }));
  const problem = sloProblem({ targetPercent: inputs.targetPercent, windowDays: 30 }) ?? incidentProblem(inputs);
  const states = problem ? null : evaluateAlerts(inputs.targetPercent, inputs);
  const first = problem ? null : firstAlert(inputs.targetPercent, inputs.errorPercent);

  return (
    <div className="space-y-4 rounded-md border border-border p-4">
      <div className="flex flex-col gap-2">
        {PRESETS.map((preset) => (
          <Button
            key={preset.label}
            variant="secondary"
            size="sm"
            className="text-left"
            onClick={() => setInputs(preset.inputs)}
          >
            Load: {preset.label}
          </Button>
        ))}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <NumberField
          label="Objective (%)"
          value={inputs.targetPercent}
          min={50}
          max={99.999}
          step={0.01}
          onChange={(value) => set({ targetPercent: value })}
        />
        <NumberField
          label="Error rate during the incident (%)"
          value={inputs.errorPercent}
          min={0}
          max={100}
          step={0.1}
          onChange={(value) => set({ errorPercent: value })}
        />
        <NumberField
          label="The incident started (minutes ago)"
          value={inputs.startedMinutesAgo}
          min={0}
          max={100_000}
          step={1}
          onChange={(value) => set({ startedMinutesAgo: value })}
        />
        <NumberField
          label="It lasted (minutes)"
          value={inputs.lastedMinutes}
          min={0}
          max={100_000}
          step={1}
          onChange={(value) => set({ lastedMinutes: value })}
        />
        <NumberField
          label="Error rate the rest of the time (%)"
          value={inputs.baselinePercent}
          min={0}
          max={100}
          step={0.01}
          onChange={(value) => set({ baselinePercent: value })}
        />
      </div>
      {problem || !states ? (
        <p className="text-sm text-danger" role="alert">
          {problem}
        </p>
      ) : (
        <div className="space-y-2" aria-live="polite">
          <ScrollRegion label="Burn-rate alerts, rule by rule">
            <table className="w-full min-w-[30rem] text-sm">
              <caption className="pb-2 text-left text-muted">
                Burn-rate alerts, rule by rule: the burn rate over each window, now.
              </caption>
              <thead>
                <tr className="text-left">
                  <th scope="col" className="py-1 pr-3 font-semibold">
                    Rule
                  </th>
                  <th scope="col" className="py-1 pr-3 font-semibold">
                    Long window
                  </th>
                  <th scope="col" className="py-1 pr-3 font-semibold">
                    Short window
                  </th>
                  <th scope="col" className="py-1 pr-3 font-semibold">
                    Now
                  </th>
                </tr>
              </thead>
              <tbody>
                {states.map((state) => (
                  <tr key={state.rule.id} className="border-t border-border" data-rule={state.rule.id}>
                    <th scope="row" className="py-1 pr-3 text-left font-normal">
                      {state.rule.label}
                    </th>
                    <td className="py-1 pr-3 tabular-nums">
                      {fmt(state.longBurn)} over {windowName(state.rule.longMinutes)}
                    </td>
                    <td className="py-1 pr-3 tabular-nums">
                      {fmt(state.shortBurn)} over {windowName(state.rule.shortMinutes)}
                    </td>
                    <td className="py-1 pr-3 font-semibold whitespace-nowrap">
                      {state.fires ? (
                        <span className="text-danger">
                          <span aria-hidden="true">● </span>
                          {state.rule.severity === "page" ? "Pages" : "Opens a ticket"}
                        </span>
                      ) : (
                        <span className="text-muted">
                          <span aria-hidden="true">○ </span>Quiet
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <p className="text-sm">
            {first
              ? `Had ${fmt(inputs.errorPercent)} % of requests been failing steadily from a clean start, the first alert would be the ${first.rule.label.split(":")[0]!.toLowerCase()} (${windowName(first.rule.longMinutes)} rule), after ${fmt(first.minutes, 1)} minutes.`
              : `A steady ${fmt(inputs.errorPercent)} % would never fire any of the three rules: it burns the budget no faster than the window allows.`}
          </p>
        </div>
      )}
    </div>
  );
}

"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import {
  availabilityForDowntime,
  chainAvailability,
  downtimeBudget,
  fanOut,
  inParallel,
  minimumTarget,
  parsePercent,
  targetLabel,
  type Period,
} from "@/lib/estimation/availability";
import { formatDuration, formatPercent } from "@/lib/estimation/format";
import { parseNumber } from "@/lib/estimation/parse-number";
import { newItemId } from "@/lib/ids";

const PERIODS: Period[] = ["year", "month", "week", "day"];
const UNIT_SECONDS = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 } as const;

function DowntimeTable({ availability, caption }: { availability: number; caption: string }) {
  const budget = downtimeBudget(availability);
  return (
    <table className="text-sm">
      <caption className="sr-only">{caption}</caption>
      <tbody>
        {PERIODS.map((period) => (
          <tr key={period} className="border-t border-border">
            <th scope="row" className="py-1 pr-4 text-left font-medium">
              Per {period}
              {period === "month" ? " (30 days)" : period === "year" ? " (365.25 days)" : ""}
            </th>
            <td className="py-1 font-semibold" data-period={period}>
              {formatDuration(budget[period])}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type StageDraft = { id: string; name: string; availability: string; count: string };

/** Nines ↔ downtime, components in series and in parallel, and synchronous fan-out. */
export function AvailabilityCalculator() {
  const id = useId();
  const [nines, setNines] = useState("99.99");
  const [budget, setBudget] = useState("1");
  const [unit, setUnit] = useState<keyof typeof UNIT_SECONDS>("hours");
  const [period, setPeriod] = useState<Period>("year");
  const [stages, setStages] = useState<StageDraft[]>([
    { id: "lb", name: "Load balancer", availability: "99.99", count: "2" },
    { id: "app", name: "App servers", availability: "99.9", count: "3" },
    { id: "db", name: "Database primary", availability: "99.95", count: "1" },
  ]);
  const [fanN, setFanN] = useState("10");
  const [fanA, setFanA] = useState("99.9");

  const availability = parsePercent(nines);
  const budgetValue = parseNumber(budget);
  const budgetSeconds = budgetValue !== null && budgetValue >= 0 ? budgetValue * UNIT_SECONDS[unit] : null;
  const budgetTooBig = budgetSeconds !== null && budgetSeconds >= downtimeBudget(0)[period];

  const parsedStages = stages.map((stage) => ({
    name: stage.name || "Unnamed",
    availability: parsePercent(stage.availability),
    count: parseNumber(stage.count),
  }));
  const stagesValid = parsedStages.every(
    (stage) =>
      stage.availability !== null &&
      stage.count !== null &&
      Number.isInteger(stage.count) &&
      stage.count >= 1 &&
      stage.count <= 20,
  );
  const chain = stagesValid
    ? chainAvailability(
        parsedStages.map((stage) => ({ ...stage, availability: stage.availability!, count: stage.count! })),
      )
    : null;

  const n = parseNumber(fanN);
  const a = parsePercent(fanA);
  const fanValid = n !== null && Number.isInteger(n) && n >= 1 && n <= 1000 && a !== null;
  const fan = fanValid ? fanOut(n, a) : null;

  const updateStage = (index: number, patch: Partial<StageDraft>) =>
    setStages((current) => current.map((stage, at) => (at === index ? { ...stage, ...patch } : stage)));

  return (
    <div className="space-y-10" data-testid="availability-calculator">
      <section aria-labelledby={`${id}-forward`} className="space-y-3">
        <h2 id={`${id}-forward`} className="text-xl font-semibold">
          Nines → downtime
        </h2>
        <label className="block max-w-xs space-y-1">
          <span className="text-sm font-medium">Availability (%)</span>
          <input
            className={inputClasses}
            inputMode="decimal"
            value={nines}
            aria-invalid={availability === null || undefined}
            aria-describedby={`${id}-forward-error`}
            onChange={(event) => setNines(event.target.value)}
          />
        </label>
        <div aria-live="polite" id={`${id}-forward-error`}>
          {availability === null ? (
            <p className="text-sm text-danger">Enter a percentage between 0 and 100, like 99.95.</p>
          ) : (
            <>
              <DowntimeTable availability={availability} caption={`Downtime allowed at ${nines}%`} />
              {targetLabel(availability) ? (
                <p className="mt-2 text-sm text-muted">Usually described as {targetLabel(availability)}.</p>
              ) : null}
            </>
          )}
        </div>
      </section>

      <section aria-labelledby={`${id}-reverse`} className="space-y-3">
        <h2 id={`${id}-reverse`} className="text-xl font-semibold">
          Downtime → nines
        </h2>
        <div className="flex flex-wrap items-end gap-2">
          <label className="space-y-1">
            <span className="text-sm font-medium">Downtime budget</span>
            <input
              className={`${inputClasses} w-32`}
              inputMode="decimal"
              value={budget}
              aria-invalid={budgetSeconds === null || undefined}
              onChange={(event) => setBudget(event.target.value)}
            />
          </label>
          <label className="space-y-1">
            <span className="text-sm font-medium">Unit</span>
            <select
              className={inputClasses}
              value={unit}
              onChange={(event) => setUnit(event.target.value as typeof unit)}
            >
              {Object.keys(UNIT_SECONDS).map((option) => (
                <option key={option}>{option}</option>
              ))}
            </select>
          </label>
          <label className="space-y-1">
            <span className="text-sm font-medium">Per</span>
            <select
              className={inputClasses}
              value={period}
              onChange={(event) => setPeriod(event.target.value as Period)}
            >
              {PERIODS.map((option) => (
                <option key={option}>{option}</option>
              ))}
            </select>
          </label>
        </div>
        <div aria-live="polite" data-testid="reverse-result">
          {budgetSeconds === null ? (
            <p className="text-sm text-danger">Enter a downtime of zero or more.</p>
          ) : budgetTooBig ? (
            <p className="text-sm text-danger">That is the whole {period}: any availability above 0% fits.</p>
          ) : (
            <p>
              Exactly <strong>{formatPercent(availabilityForDowntime(budgetSeconds, period))}</strong> allows{" "}
              {formatDuration(budgetSeconds)} per {period}.{" "}
              {minimumTarget(budgetSeconds, period) === null ? (
                "No standard target is that strict."
              ) : (
                <>
                  The loosest standard target that fits is{" "}
                  <strong>{formatPercent(minimumTarget(budgetSeconds, period)!)}</strong>.
                </>
              )}
            </p>
          )}
        </div>
      </section>

      <section aria-labelledby={`${id}-chain`} className="space-y-3">
        <h2 id={`${id}-chain`} className="text-xl font-semibold">
          Components in series and in parallel
        </h2>
        <p className="max-w-prose text-sm text-muted">
          A request passes every stage in turn (series: availabilities multiply). Within a stage, identical replicas
          stand in for each other (parallel: the stage is down only when all of them are).
        </p>
        <ol className="flex flex-wrap items-stretch gap-2" aria-label="The request path">
          {stages.map((stage, index) => {
            const parsed = parsedStages[index]!;
            const stageAvailability =
              parsed.availability !== null && parsed.count !== null && parsed.count >= 1
                ? inParallel(Array.from({ length: Math.min(20, Math.floor(parsed.count)) }, () => parsed.availability!))
                : null;
            return (
              <li key={stage.id} className="flex items-center gap-2">
                {index > 0 ? <span aria-hidden="true">→</span> : null}
                <div className="min-w-40 rounded-md border border-border bg-surface p-2 text-sm">
                  <p className="font-semibold">{parsed.name}</p>
                  <p>
                    {stage.count || "?"} × {stage.availability || "?"}%
                  </p>
                  <p className="text-muted">
                    {stageAvailability === null ? "—" : `stage: ${formatPercent(stageAvailability)}`}
                  </p>
                </div>
              </li>
            );
          })}
        </ol>
        <ul className="space-y-2">
          {stages.map((stage, index) => (
            <li key={stage.id} className="grid gap-2 sm:grid-cols-[1fr_10rem_8rem_auto]">
              <label className="space-y-1">
                <span className="text-sm font-medium">Stage {index + 1}</span>
                <input
                  className={inputClasses}
                  value={stage.name}
                  maxLength={60}
                  onChange={(event) => updateStage(index, { name: event.target.value })}
                />
              </label>
              <label className="space-y-1">
                <span className="text-sm font-medium">Each replica (%)</span>
                <input
                  className={inputClasses}
                  inputMode="decimal"
                  value={stage.availability}
                  aria-invalid={parsedStages[index]!.availability === null || undefined}
                  onChange={(event) => updateStage(index, { availability: event.target.value })}
                />
              </label>
              <label className="space-y-1">
                <span className="text-sm font-medium">Replicas</span>
                <input
                  className={inputClasses}
                  inputMode="numeric"
                  value={stage.count}
                  onChange={(event) => updateStage(index, { count: event.target.value })}
                />
              </label>
              <div className="flex items-end">
                <Button
                  variant="ghost"
                  disabled={stages.length === 1}
                  aria-label={`Remove stage ${index + 1}`}
                  onClick={() => setStages((current) => current.filter((_, at) => at !== index))}
                >
                  Remove
                </Button>
              </div>
            </li>
          ))}
        </ul>
        <Button
          variant="secondary"
          disabled={stages.length >= 8}
          onClick={() =>
            setStages((current) => [...current, { id: newItemId(), name: "", availability: "99.9", count: "1" }])
          }
        >
          Add a stage
        </Button>
        <div aria-live="polite" data-testid="chain-result">
          {chain === null ? (
            <p className="text-sm text-danger">
              Each stage needs an availability between 0 and 100% and 1–20 replicas.
            </p>
          ) : (
            <p>
              The whole path: <strong>{formatPercent(chain)}</strong>, about{" "}
              {formatDuration(downtimeBudget(chain).year)} of downtime a year.
            </p>
          )}
        </div>
      </section>

      <section aria-labelledby={`${id}-fan`} className="space-y-3">
        <h2 id={`${id}-fan`} className="text-xl font-semibold">
          Synchronous fan-out
        </h2>
        <p className="max-w-prose text-sm text-muted">
          A request that calls N services at once and needs every answer is only as available as all of them together.
        </p>
        <div className="flex flex-wrap gap-3">
          <label className="space-y-1">
            <span className="text-sm font-medium">Dependencies (N)</span>
            <input
              className={`${inputClasses} w-32`}
              inputMode="numeric"
              value={fanN}
              onChange={(event) => setFanN(event.target.value)}
            />
          </label>
          <label className="space-y-1">
            <span className="text-sm font-medium">Each available (%)</span>
            <input
              className={`${inputClasses} w-32`}
              inputMode="decimal"
              value={fanA}
              onChange={(event) => setFanA(event.target.value)}
            />
          </label>
        </div>
        <div aria-live="polite" data-testid="fan-result">
          {fan === null ? (
            <p className="text-sm text-danger">
              N must be a whole number from 1 to 1,000 and the availability between 0 and 100%.
            </p>
          ) : (
            <p>
              {fanN} × {fanA}% in a row gives <strong>{formatPercent(fan)}</strong>: about{" "}
              {formatDuration(downtimeBudget(fan).year)} of downtime a year, against{" "}
              {formatDuration(downtimeBudget(a!).year)} for one dependency.
            </p>
          )}
        </div>
      </section>
    </div>
  );
}

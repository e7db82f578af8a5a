"use client";

import { Scatter, ScatterChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";

/** Pixels from one day's square to the next, and the square's side. */
const PITCH = 14;
const SQUARE = 11;
const WEEKDAY_AXIS = 32;
const MONTH_AXIS = 20;

/**
 * Colour steps by share of the daily goal: none, under a third, under two
 * thirds, short of it, met. The accent token at rising opacity reads on both
 * themes' backgrounds; an empty day is the surface with a border.
 */
const HEAT_STEPS = [
  { fill: "var(--color-surface)", opacity: 1 },
  { fill: "var(--color-accent)", opacity: 0.3 },
  { fill: "var(--color-accent)", opacity: 0.55 },
  { fill: "var(--color-accent)", opacity: 0.8 },
  { fill: "var(--color-accent)", opacity: 1 },
];

function heatStep(count: number, goal: number): number {
  if (count <= 0) return 0;
  if (count >= goal) return 4;
  return Math.min(3, 1 + Math.floor((3 * count) / goal));
}

type Point = { day: string; count: number; week: number; weekday: number; step: number };

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const month = new Intl.DateTimeFormat("en", { month: "short", timeZone: "UTC" });
const longDay = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

function DaySquare({ cx, cy, payload }: { cx?: number; cy?: number; payload?: Point }) {
  if (cx === undefined || cy === undefined || !payload) return null;
  const step = HEAT_STEPS[payload.step]!;
  return (
    <rect
      x={cx - SQUARE / 2}
      y={cy - SQUARE / 2}
      width={SQUARE}
      height={SQUARE}
      rx={2}
      fill={step.fill}
      fillOpacity={step.opacity}
      stroke={payload.step === 0 ? "var(--color-border)" : "none"}
    />
  );
}

function DayTip({ active, payload }: TooltipContentProps) {
  const point = payload?.[0]?.payload as Point | undefined;
  if (!active || !point) return null;
  return (
    <div className="rounded-md border border-border bg-bg px-2 py-1 text-sm text-fg shadow">
      {longDay.format(new Date(point.day))}: {point.count}{" "}
      {point.count === 1 ? "answer or review" : "answers and reviews"}
    </div>
  );
}

/**
 * A GitHub-style calendar of study days: a column per week (Monday on top),
 * a square per day, darker the nearer the day came to the goal. Drawn for the
 * eye only; the panel around it says the same in words.
 */
export default function StudyHeatmap({ days, goal }: { days: { day: string; count: number }[]; goal: number }) {
  // The days start on a Monday, so position in the list gives week and weekday.
  const points: Point[] = days.map(({ day, count }, index) => ({
    day,
    count,
    week: Math.floor(index / 7),
    weekday: index % 7,
    step: heatStep(count, goal),
  }));
  const weeks = Math.max(1, Math.ceil(days.length / 7));
  // A month's name over the first week that starts in it; over the first column too, unless the next name is close.
  const mondays = points.filter((point) => point.weekday === 0);
  const monthOf = (point: Point) => point.day.slice(0, 7);
  const changes = mondays.filter((point, index) => index > 0 && monthOf(point) !== monthOf(mondays[index - 1]!));
  const monthTicks = [...(changes[0] && changes[0].week < 3 ? [] : [0]), ...changes.map((point) => point.week)];
  const mondayOf = new Map(mondays.map((point) => [point.week, point.day]));

  return (
    <div className="flex flex-col gap-2 text-muted" aria-hidden="true">
      <div className="overflow-x-auto">
        <ScatterChart
          accessibilityLayer={false}
          width={WEEKDAY_AXIS + weeks * PITCH + 4}
          height={MONTH_AXIS + 7 * PITCH}
          margin={{ top: 0, right: 4, bottom: 0, left: 0 }}
        >
          <XAxis
            type="number"
            dataKey="week"
            orientation="top"
            height={MONTH_AXIS}
            domain={[-0.5, weeks - 0.5]}
            ticks={monthTicks}
            tickFormatter={(week: number) => month.format(new Date(mondayOf.get(week) ?? 0))}
            axisLine={false}
            tickLine={false}
            stroke="currentColor"
            fontSize={11}
          />
          <YAxis
            type="number"
            dataKey="weekday"
            reversed
            width={WEEKDAY_AXIS}
            domain={[-0.5, 6.5]}
            ticks={[0, 2, 4]}
            tickFormatter={(weekday: number) => WEEKDAYS[weekday] ?? ""}
            axisLine={false}
            tickLine={false}
            stroke="currentColor"
            fontSize={11}
          />
          <Tooltip content={DayTip} cursor={false} isAnimationActive={false} />
          <Scatter data={points} shape={DaySquare} isAnimationActive={false} />
        </ScatterChart>
      </div>
      <div className="flex items-center gap-1 text-xs">
        <span>Less</span>
        <svg width={HEAT_STEPS.length * PITCH} height={SQUARE}>
          {HEAT_STEPS.map((step, index) => (
            <rect
              key={index}
              x={index * PITCH}
              width={SQUARE}
              height={SQUARE}
              rx={2}
              fill={step.fill}
              fillOpacity={step.opacity}
              stroke={index === 0 ? "var(--color-border)" : "none"}
            />
          ))}
        </svg>
        <span>More (darkest: goal met)</span>
      </div>
    </div>
  );
}

"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const AXIS_COLOURS = ["var(--color-accent)", "var(--color-success)", "var(--color-danger)", "var(--color-fg)"];

/** Mentor scores per rubric axis, review after review (the table beside it holds the same figures). */
export default function ScoresChart({
  points,
  axes,
}: {
  points: Record<string, number | string>[];
  axes: { id: string; title: string }[];
}) {
  return (
    <div className="h-64 w-full text-fg" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} />
          <XAxis dataKey="label" stroke="currentColor" />
          <YAxis domain={[1, 4]} ticks={[1, 2, 3, 4]} stroke="currentColor" width={32} />
          <Tooltip
            contentStyle={{
              background: "var(--color-bg)",
              color: "var(--color-fg)",
              border: "1px solid var(--color-border)",
            }}
          />
          <Legend />
          {axes.map((axis, index) => (
            <Line
              key={axis.id}
              type="monotone"
              dataKey={axis.id}
              name={axis.title}
              stroke={AXIS_COLOURS[index]}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

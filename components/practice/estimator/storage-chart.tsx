"use client";

import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatBytes } from "@/lib/estimation/format";

/**
 * Cumulative storage by month or year of the horizon. Loaded on demand
 * (next/dynamic) so recharts is fetched only when an estimate is on screen;
 * the table beside it carries the same figures for screen readers and print.
 */
export default function StorageChart({
  series,
  unit,
}: {
  series: { period: number; bytes: number }[];
  unit: "months" | "years";
}) {
  const letter = unit === "months" ? "M" : "Y";
  const name = unit === "months" ? "month" : "year";
  return (
    <div className="h-56 w-full text-fg" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart accessibilityLayer={false} data={series} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} />
          <XAxis dataKey="period" tickFormatter={(period: number) => `${letter}${period}`} stroke="currentColor" />
          <YAxis tickFormatter={(bytes: number) => formatBytes(bytes)} width={72} stroke="currentColor" />
          <Tooltip
            formatter={(bytes) => [formatBytes(Number(bytes)), "Stored"]}
            labelFormatter={(period) => `End of ${name} ${period}`}
            contentStyle={{
              background: "var(--color-bg)",
              color: "var(--color-fg)",
              border: "1px solid var(--color-border)",
            }}
          />
          <Area
            type="linear"
            dataKey="bytes"
            stroke="var(--color-accent)"
            fill="var(--color-accent)"
            fillOpacity={0.25}
            isAnimationActive={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}

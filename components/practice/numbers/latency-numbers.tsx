"use client";

import { useState } from "react";
import { formatNanoseconds } from "@/lib/estimation/format";
import { LATENCY_TABLES } from "@/lib/estimation/reference-numbers";

// Bars on a log scale from 0.1 ns to 10 s: each tenfold step gets the same width,
// so an L1 hit and a transatlantic round trip fit on one chart.
const MIN_EXP = -1;
const MAX_EXP = 10;
const width = (ns: number) => `${Math.max(2, ((Math.log10(ns) - MIN_EXP) / (MAX_EXP - MIN_EXP)) * 100)}%`;
const DECADES = ["1 ns", "1 µs", "1 ms", "1 s"] as const;

/** The latency tables, one at a time, as log-scale bars with their sources. */
export function LatencyNumbers() {
  const [tableId, setTableId] = useState(LATENCY_TABLES[0]!.id);
  const table = LATENCY_TABLES.find((candidate) => candidate.id === tableId)!;
  return (
    <section aria-labelledby="latency" className="space-y-4">
      <h2 id="latency" className="text-2xl font-bold">
        Latency numbers
      </h2>
      <fieldset className="flex flex-wrap gap-4">
        <legend className="sr-only">Which table</legend>
        {LATENCY_TABLES.map((option) => (
          <label key={option.id} className="flex min-h-10 items-center gap-2">
            <input
              type="radio"
              name="latency-table"
              value={option.id}
              checked={option.id === tableId}
              onChange={() => setTableId(option.id)}
            />
            {option.title}
          </label>
        ))}
      </fieldset>
      <p className="max-w-prose text-sm text-muted">{table.note}</p>
      <div className="relative" aria-hidden="true">
        <div className="ml-[40%] flex justify-between text-xs text-muted sm:ml-[45%]">
          {DECADES.map((label) => (
            <span key={label}>{label}</span>
          ))}
        </div>
      </div>
      <table className="w-full text-sm" data-testid="latency-table" data-table={table.id}>
        <caption className="sr-only">{table.title}: latency by operation, drawn on a logarithmic scale</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Operation</th>
            <th scope="col">Latency</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.operation} className="border-t border-border">
              <th scope="row" className="w-[40%] py-1 pr-3 text-left font-normal sm:w-[45%]">
                {row.operation}
              </th>
              <td className="py-1">
                <div className="flex items-center gap-2">
                  <div className="h-3 rounded-sm bg-accent" style={{ width: width(row.ns) }} aria-hidden="true" />
                  <span className="font-mono whitespace-nowrap">{formatNanoseconds(row.ns)}</span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-muted">Source: {table.source}</p>
    </section>
  );
}

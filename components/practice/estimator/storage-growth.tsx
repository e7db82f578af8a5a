"use client";

import dynamic from "next/dynamic";
import { WhenVisible } from "@/components/ui/when-visible";
import { formatBytes, formatCount } from "@/lib/estimation/format";
import type { FunnelResult } from "@/lib/estimation/funnel";

const StorageChart = dynamic(() => import("@/components/practice/estimator/storage-chart"), {
  ssr: false,
  loading: () => <div className="h-56 w-full animate-pulse rounded-md bg-bg" aria-hidden="true" />,
});

/** Records and bytes at the end of each month or year of the horizon: a chart, and a table with the same figures. */
export function StorageGrowth({ result }: { result: FunnelResult }) {
  const { unit } = result.horizon;
  const last = result.storageSeries.length - 1;
  // A long monthly horizon is tabled a year at a time, plus its last month.
  const step = unit === "months" && last > 24 ? 12 : 1;
  const rows = result.storageSeries.filter(
    (point) => point.period > 0 && (point.period % step === 0 || point.period === last),
  );
  const period = unit === "months" ? "Month" : "Year";
  return (
    <div className="space-y-2">
      <h3 className="text-lg font-semibold">Storage growth</h3>
      {/* recharts is the heaviest script of the page: fetched only when the chart is near the screen. */}
      <WhenVisible minHeight="14rem">
        <StorageChart series={result.storageSeries} unit={unit} />
      </WhenVisible>
      <table className="text-sm">
        <caption className="sr-only">Cumulative records and storage at the end of each {period.toLowerCase()}</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-4 text-left">
              {period}
            </th>
            <th scope="col" className="pr-4 text-left">
              Records
            </th>
            <th scope="col" className="text-left">
              Stored (with replication)
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((point) => (
            <tr key={point.period}>
              <td className="pr-4">{point.period}</td>
              <td className="pr-4">{formatCount(point.records)}</td>
              <td>{formatBytes(point.bytes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

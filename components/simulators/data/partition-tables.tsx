import { ScrollRegion } from "@/components/ui/scroll-region";
import { cn } from "@/lib/cn";
import type { QueryResult } from "@/lib/data-modelling/partition-key";
import type { Dataset } from "@/lib/data-modelling/scenarios";

/** The sample rows, in the order they were written. */
export function SampleRows({ dataset }: { dataset: Dataset }) {
  return (
    <ScrollRegion label={`Sample rows of ${dataset.table}`}>
      <table className="w-full min-w-[24rem] text-left text-sm">
        <caption className="mb-2 text-left text-muted">
          {dataset.label}: the rows of <code>{dataset.table}</code> in the order they were written.
        </caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-1 pr-3">
              row
            </th>
            {dataset.columns.map((column) => (
              <th key={column.name} scope="col" className="py-1 pr-3 font-mono">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dataset.rows.map((row) => (
            <tr key={row.id} className="border-b border-border">
              <th scope="row" className="py-1 pr-3 font-mono font-normal text-muted">
                {row.id}
              </th>
              {dataset.columns.map((column) => (
                <td key={column.name} className="py-1 pr-3">
                  {row[column.name]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/**
 * Every partition as the store keeps it: the ones the query reads are marked
 * "read", and each returned row carries its position in the result.
 */
export function PartitionLayout({
  dataset,
  result,
  partitionColumns,
}: {
  dataset: Dataset;
  result: QueryResult;
  /** The partition-key columns, left out of each row (the partition's heading shows them). */
  partitionColumns: readonly string[];
}) {
  const position = new Map(result.rows.map((row, index) => [row.id, index + 1]));
  return (
    <ScrollRegion label="Partitions as stored" className="space-y-3">
      <p className="text-sm font-medium">Partitions as stored, rows in clustering order:</p>
      <ul className="grid min-w-[20rem] gap-3 sm:grid-cols-2">
        {result.partitions.map((partition) => {
          const read = result.touched.includes(partition.key);
          return (
            <li
              key={partition.key}
              className={cn("rounded-md border p-3 text-sm", read ? "border-accent bg-surface" : "border-border")}
            >
              <p className="font-mono font-semibold">
                {partition.key}{" "}
                <span className="font-sans text-xs font-normal text-muted">
                  ({partition.rows.length} {partition.rows.length === 1 ? "row" : "rows"}){read ? ", read" : ""}
                  {partition.key === result.largest.key ? ", largest" : ""}
                </span>
              </p>
              <ol className="mt-2 space-y-1">
                {partition.rows.map((row) => (
                  <li key={row.id} className={cn("flex gap-2", position.has(row.id) ? "font-medium" : "text-muted")}>
                    <span className="w-20 shrink-0 font-mono text-xs">
                      {position.has(row.id) ? `returned #${position.get(row.id)}` : ""}
                    </span>
                    <span>
                      {dataset.columns
                        .filter((column) => !partitionColumns.includes(column.name))
                        .map((column) => row[column.name])
                        .join(" · ")}
                    </span>
                  </li>
                ))}
              </ol>
            </li>
          );
        })}
      </ul>
    </ScrollRegion>
  );
}

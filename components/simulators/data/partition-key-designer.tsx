"use client";

import { useId, useMemo, useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { PartitionLayout, SampleRows } from "@/components/simulators/data/partition-tables";
import { inputClasses } from "@/components/ui/field-styles";
import { designProblem, runQuery, type Design } from "@/lib/data-modelling/partition-key";
import {
  PARTITION_KEY_SCENARIOS,
  PRESETS,
  queryOf,
  recentPartitions,
  type Preset,
} from "@/lib/data-modelling/scenarios";

const NO_CLUSTERING = "(none)";

/**
 * A table of sample rows and a query. The learner predicts the preset's
 * scenario (saved as an attempt), then picks the partition key, clustering key
 * and order and sees which partitions the query reads, the rows it returns in
 * order, and the largest partition.
 */
export function PartitionKeyDesigner({ id }: { id: string }) {
  const uid = useId();
  const prediction = usePrediction(id, PARTITION_KEY_SCENARIOS);
  const [presetId, setPresetId] = useState(PRESETS[0]!.id);
  const entry = PRESETS.find((candidate) => candidate.id === presetId)!;
  const [design, setDesign] = useState<Design>(entry.design);
  const [queryId, setQueryId] = useState(entry.query);
  const unlocked = prediction.answered(entry.scenario);
  const dataset = entry.dataset;
  const query = queryOf(dataset, queryId);
  const problem = designProblem(dataset.columns, design);
  const result = useMemo(
    () => (problem ? null : runQuery(dataset.rows, dataset.columns, design, query)),
    [dataset, design, query, problem],
  );

  const load = (next: Preset) => {
    setPresetId(next.id);
    setDesign(next.design);
    setQueryId(next.query);
  };

  return (
    <div className="space-y-5" data-testid="partition-key-designer">
      <div className="block space-y-1 text-sm">
        <label htmlFor={`${uid}-scenario`} className="block font-medium">
          Scenario
        </label>
        <select
          id={`${uid}-scenario`}
          className={inputClasses}
          value={presetId}
          onChange={(event) => load(PRESETS.find((candidate) => candidate.id === event.target.value)!)}
        >
          {PRESETS.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.label}
            </option>
          ))}
        </select>
      </div>

      <SampleRows dataset={dataset} />
      <p className="text-sm">
        Query: <code className="break-words">{query.text}</code>
        {query.wants ? (
          <span className="text-muted">
            {" "}
            (the screen wants {query.wants.column} {query.wants.order === "desc" ? "newest first" : "oldest first"})
          </span>
        ) : null}
      </p>

      <PredictionPrompt id={id} scenarios={PARTITION_KEY_SCENARIOS} scenario={entry.scenario} />

      {unlocked ? (
        <section className="space-y-4" aria-label="Design the keys">
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="space-y-1 text-sm">
              <label htmlFor={`${uid}-pk`} className="block font-medium">
                Partition key
              </label>
              <select
                id={`${uid}-pk`}
                className={inputClasses}
                value={design.partitionKey.join("+")}
                onChange={(event) => setDesign({ ...design, partitionKey: event.target.value.split("+") })}
              >
                {dataset.partitionKeys.map((key) => (
                  <option key={key.join("+")} value={key.join("+")}>
                    {key.length > 1 ? `(${key.join(", ")})` : key[0]}
                  </option>
                ))}
              </select>
            </div>
            <div className="space-y-1 text-sm">
              <label htmlFor={`${uid}-ck`} className="block font-medium">
                Clustering (sort) key
              </label>
              <select
                id={`${uid}-ck`}
                className={inputClasses}
                value={design.clusteringKey ?? NO_CLUSTERING}
                onChange={(event) =>
                  setDesign({
                    ...design,
                    clusteringKey: event.target.value === NO_CLUSTERING ? null : event.target.value,
                  })
                }
              >
                {dataset.clusteringKeys.map((key) => (
                  <option key={key ?? NO_CLUSTERING} value={key ?? NO_CLUSTERING}>
                    {key ?? "none: the partition key is the whole primary key"}
                  </option>
                ))}
              </select>
            </div>
            <div className="space-y-1 text-sm">
              <label htmlFor={`${uid}-order`} className="block font-medium">
                Stored order
              </label>
              <select
                id={`${uid}-order`}
                className={inputClasses}
                value={design.order}
                disabled={design.clusteringKey === null}
                onChange={(event) => setDesign({ ...design, order: event.target.value as Design["order"] })}
              >
                <option value="desc">Descending (newest or largest first)</option>
                <option value="asc">Ascending (oldest or smallest first)</option>
              </select>
            </div>
            <div className="space-y-1 text-sm">
              <label htmlFor={`${uid}-query`} className="block font-medium">
                Query
              </label>
              <select
                id={`${uid}-query`}
                className={inputClasses}
                value={queryId}
                onChange={(event) => setQueryId(event.target.value)}
              >
                {dataset.queries.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.label}
                  </option>
                ))}
              </select>
            </div>
          </div>

          {problem ? (
            <p className="text-sm text-danger" role="alert">
              {problem}
            </p>
          ) : null}

          {result ? (
            <>
              <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]" aria-live="polite">
                <dt className="font-medium">Partitions the query reads</dt>
                <dd>
                  {result.singlePartition
                    ? `1 of ${result.partitions.length}${result.touched.length === 0 ? " (it does not exist: nothing found)" : `: ${result.touched[0]}`}`
                    : `all ${result.partitions.length} (scatter-gather: the query does not name a partition)`}
                </dd>
                <dt className="font-medium">Rows read, rows returned</dt>
                <dd>
                  {result.rowsRead} read, {result.rows.length} returned
                </dd>
                <dt className="font-medium">Largest partition</dt>
                <dd>
                  {result.largest.size === 0
                    ? "none"
                    : `${result.largest.key}: ${result.largest.size} of ${result.partitions.reduce((sum, p) => sum + p.rows.length, 0)} rows`}
                </dd>
                <dt className="font-medium">Right answer for the screen?</dt>
                <dd className={result.answersQuery ? "text-success" : "text-danger"}>
                  {result.answersQuery ? "Yes: the rows it needs, in its order" : "No: wrong rows or wrong order"}
                </dd>
                {dataset.recent ? (
                  <>
                    <dt className="font-medium">{dataset.recent.label} land in</dt>
                    <dd>
                      {(() => {
                        const hit = recentPartitions(dataset, design);
                        return `${hit.length} ${hit.length === 1 ? "partition" : "partitions"}: ${hit.join("; ")}`;
                      })()}
                    </dd>
                  </>
                ) : null}
              </dl>
              {result.overwritten.length > 0 ? (
                <p className="rounded-md bg-danger-soft px-3 py-2 text-sm">
                  Lost to upserts: {result.overwritten.length}{" "}
                  {result.overwritten.length === 1 ? "write was" : "writes were"} replaced by a later row with the same
                  primary key ({result.overwritten.map((row) => row.id).join(", ")}).
                </p>
              ) : null}
              <PartitionLayout dataset={dataset} result={result} partitionColumns={design.partitionKey} />
            </>
          ) : null}
        </section>
      ) : (
        <p className="text-sm text-muted">Make your prediction above to lay out the table and run the query.</p>
      )}
    </div>
  );
}

import type { JobEvent, JobEventKind, PipelineRun } from "@/lib/jobs/pipeline";
import { JOB_IDS } from "@/lib/jobs/pipeline";

const STATE: Partial<Record<JobEventKind, string>> = {
  received: "being worked on",
  effect: "side effect applied",
  "effect-skipped": "side effect skipped (key seen)",
  acked: "done",
  crashed: "worker crashed",
  failed: "failed, waiting to retry",
  "lease-expired": "back in the queue",
  "dead-lettered": "in the DLQ",
  dropped: "dropped",
  lost: "lost",
};

/** Each job as far as the log has been stepped: attempts, side effects, where it is. */
export function JobTable({ shown }: { shown: readonly JobEvent[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full max-w-xl border-collapse text-left text-sm">
        <caption className="sr-only">Each job after the events shown so far</caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-1 pr-3 font-medium">
              Job
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Attempts
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Side effects
            </th>
            <th scope="col" className="py-1 font-medium">
              Now
            </th>
          </tr>
        </thead>
        <tbody>
          {JOB_IDS.map((job) => {
            const mine = shown.filter((event) => event.job === job);
            const effects = mine.filter((event) => event.kind === "effect").length;
            const last = mine[mine.length - 1];
            return (
              <tr key={job} className="border-b border-border">
                <th scope="row" className="py-1 pr-3 font-medium">
                  {job}
                </th>
                <td className="py-1 pr-3">{last?.attempt ?? 0}</td>
                <td className={`py-1 pr-3 ${effects > 1 ? "font-semibold text-danger" : ""}`}>
                  {effects}
                  {effects > 1 ? " (duplicate)" : ""}
                </td>
                <td className="py-1">{last ? (STATE[last.kind] ?? last.kind) : "queued"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The totals of a finished run, in words. */
export function runSummary(run: PipelineRun): string {
  return `After ${run.finishedAtS} s and ${run.attempts} attempts: ${run.exactlyOnce} done exactly once, ${run.duplicates} duplicated, ${run.lost} lost, ${run.inDlq} in the DLQ.`;
}

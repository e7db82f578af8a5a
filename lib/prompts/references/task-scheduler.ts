import type { PromptReference } from "@/lib/prompts/reference";

export const reference: PromptReference = {
  actors: ["Submitting service", "Operator"],
  referenceRequirements: [
    {
      id: "submit",
      text: "A client submits a job to run now or at a given time.",
      synonyms: [["submit"], ["schedule"], ["enqueue"], ["create", "job"]],
    },
    {
      id: "recurring",
      text: "Jobs can recur on a schedule.",
      synonyms: [["recur"], ["cron"], ["periodic"], ["repeat"]],
    },
    {
      id: "execute",
      text: "Workers pick up due jobs and run them.",
      synonyms: [["worker"], ["execute"], ["run"], ["pick", "up"]],
    },
    {
      id: "retry",
      text: "Failed jobs are retried with backoff, then set aside.",
      synonyms: [["retry"], ["retries"], ["backoff"], ["dead", "letter"], ["fail"]],
    },
    {
      id: "status",
      text: "Clients and operators see a job's status and result.",
      synonyms: [["status"], ["result"], ["monitor"], ["progress"]],
    },
    { id: "cancel", text: "A pending job can be cancelled.", synonyms: [["cancel"], ["delete"], ["abort"]] },
  ],
  referenceParkingLot: [
    {
      feature: "Workflows with dependencies between jobs",
      reason: "A DAG engine is a product of its own.",
      synonyms: [["workflow"], ["depend"], ["dag"], ["chain"], ["pipeline"]],
    },
    {
      feature: "Per-tenant priorities and quotas",
      reason: "Fairness policies wait until there is more than one big tenant.",
      synonyms: [["priorit"], ["quota"], ["tenant"], ["fair"]],
    },
  ],
  referenceNfrs: [
    {
      text: "No accepted job is lost: accept with 202 only after a durable write.",
      synonyms: [["durab"], ["lost"], ["never", "lose"], ["durable"]],
    },
    { text: "A due job starts within 5 s at p99.", synonyms: [["latency"], ["due", "job"], ["on", "time"], ["delay"]] },
    {
      text: "At-least-once execution, so jobs must be idempotent (keyed by job id).",
      synonyms: [["at", "least", "once"], ["idempoten"], ["exactly", "once"], ["retr"], ["consisten"]],
    },
  ],
  scale: {
    dau: 1_000,
    readsPerUserPerDay: 10_000,
    writesPerUserPerDay: 100_000,
    note: "Our assumption: 1,000 client services submitting 100M jobs a day.",
  },
  answerOutline: [
    { stage: "Scoping", points: ["Submit, recur, run, retry, status, cancel; DAGs parked."] },
    { stage: "Estimation", points: ["100M jobs/day ≈ 1,160/s average, write-heavy."] },
    {
      stage: "High-level design",
      points: [
        "Durable intake (202 after write) → a due-time index → a queue → idempotent workers; dead-letter queue after a few tries.",
      ],
    },
    {
      stage: "Deep dive",
      points: ["Claiming a due job exactly once (leases); retries with exponential backoff and jitter; poison jobs."],
    },
    { stage: "Wrap-up", points: ["Consumer lag as the key metric; rate limiting jobs sent to fragile downstreams."] },
  ],
  source: "Authored by Tradeoff from chapter material (queues, idempotent workers, backoff, dead-letter queues).",
  authored: true,
};

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
  answer: {
    estimatePreset: "task-scheduler",
    design: [
      "Job API behind a load balancer: it validates a submission, writes the job row together with the caller's submit key (unique, so a retried submit returns the first job id) and answers 202 Accepted with the job id only after that write commits. Status is a read of the row; cancel is a conditional update that succeeds only while the job has not started.",
      "Jobs database: PostgreSQL as the system of record (payload, run_at, status, attempt, last error), sharded by a hash of the job id. At peak, 3,472 submissions/s plus 3,819 attempt records/s make 7,292 inserts/s, already more than one primary's 5,000; counting the claim and result updates of every attempt it is about 14,900 row writes/s, so 3 shards, partitioned by day so old jobs are dropped a partition at a time.",
      "Cron leader: one scheduler instance, elected with a lease in etcd, turns each recurring schedule into its next one-off job. The new job's id is derived from the schedule id and the fire time, so a second leader's insert hits the unique key and does nothing; the revision etcd gives the leader's key travels with its writes as a fencing token.",
      "Dispatchers: several per shard, 8 in all at peak, each polling every second for due jobs (status scheduled, run_at now or earlier, oldest first, 500 at a time, FOR UPDATE SKIP LOCKED so they never wait for each other); each publishes them to the work queue, then marks them queued and commits. A crash between publish and commit repeats a job; it never loses one. A leaky bucket per downstream caps how fast that downstream's jobs leave.",
      "Work queue (RabbitMQ, labelled AMQP in the diagram, or SQS standard): a queue, not a log, because each job is a task to hand to one worker and acknowledge, not history to replay. Its visibility timeout (60 s) is the lease: a worker that dies stops extending it and the job is delivered again.",
      "Workers: stateless. On receipt a worker claims the job by raising its attempt number in the database (the attempt number is the fencing token), extends the lease every 20 s, calls the downstream with the job id as idempotency key, and records the result only if the attempt number is still its own.",
      "Retries and the dead-letter queue: attempt 1 is the first try and retry n is attempt n + 1. A failed attempt goes back to scheduled with a full-jitter backoff (ceilings 10, 20 and 40 s before retries 1, 2 and 3); when attempt 4 fails, or an error is known to be permanent, the job moves to the dead-letter queue for a person to inspect and redrive.",
      "Sweeper and signals: a sweeper puts back jobs stuck in queued or running far longer than a lease, and the dashboards watch scheduling lag (start time minus run_at), the oldest message in the queue, lease expiries and DLQ inflow.",
    ],
    diagram: {
      title: "Task scheduler: durable intake, a polled due-jobs table, a leased work queue and idempotent workers",
      source: `flowchart LR
  Svc([Client services]) -- HTTPS --> LB[Load balancer]
  Ops([Operator console]) -- HTTPS --> LB
  LB -- HTTP --> API[Job API]
  API -- SQL insert then 202 --> DB[(Jobs DB PostgreSQL shards)]
  Cron[Cron leader] -- gRPC lease --> Lock[(etcd lease store)]
  Cron -- SQL insert next runs --> DB
  Disp[Dispatchers] -- SQL SKIP LOCKED poll --> DB
  Disp -- AMQP publish via leaky bucket --> Queue[[Work queue]]
  Queue -- AMQP deliver with lease --> Work[Workers]
  Work -- SQL claim and result by attempt --> DB
  Work -- HTTPS with job id key --> Down[Downstream services]
  Work -- AMQP after attempt 4 fails --> DLQ[[Dead letter queue]]
  Sweep[Sweeper] -- SQL requeue stuck jobs --> DB
  Work -- HTTP metrics --> Mon[Metrics and alerts]`,
    },
    deepDives: [
      {
        id: "due-jobs",
        title: "Finding due jobs: poll a table or run a timing wheel",
        decision:
          "Keep every job in the sharded PostgreSQL table and poll it with SELECT ... FOR UPDATE SKIP LOCKED through a partial index on run_at: several dispatchers per shard, each taking 500 rows once a second. No in-memory timer holds the only copy of a job.",
        forIt: [
          "Durable by construction: a job due in three months is a row, and it survives every restart, deploy and failover.",
          "SKIP LOCKED lets several dispatchers share a shard: each takes rows nobody has locked, so none waits and none claims a row twice.",
          "A 1 s poll spends at most 1 s of the 5 s p99 start budget, and the capacity is simple arithmetic: 3,819 attempts/s at peak over 500 rows a poll is 8 polls a second across the fleet.",
          "The partial index covers only scheduled jobs, so the poll reads the head of a small index however many finished jobs the table holds.",
        ],
        againstIt: [
          "Polling costs queries when nothing is due and adds up to one interval of delay to every job; for sub-second precision, load the next minute of jobs into an in-memory hierarchical timing wheel (as Kafka does for delayed requests and Netty's HashedWheelTimer does) and keep the table as the durable copy.",
          "For short delays a broker can hold the timer: SQS delays a message by up to 15 minutes, and a Redis sorted set scored by run_at is a cheap index, though neither is the system of record.",
          "At much larger scale one B-tree index on run_at becomes the hot spot; a table partitioned by time bucket (one partition per minute, read as the minute arrives) spreads the load.",
        ],
      },
      {
        id: "leases-and-leader",
        title: "Leases, fencing tokens and the cron leader",
        decision:
          "The work queue's visibility timeout is the lease (60 s, extended every 20 s while the worker is alive), and the attempt number in the job row is the fencing token: only the newest attempt can record a result. One cron leader, elected with an etcd lease, creates recurring runs with ids derived from schedule and fire time.",
        forIt: [
          "A crashed worker needs no detector: it stops extending the lease and the job comes back within 60 s.",
          "A worker that pauses past its lease (a long GC pause, a frozen VM) and wakes up cannot overwrite the newer attempt's result, because its update names an attempt number that is no longer current.",
          "Deterministic run ids make a split brain harmless for cron: two leaders creating the 09:00 run of one schedule produce one row, the second insert doing nothing.",
          "Heartbeats keep the lease short even for long jobs, so a crash costs about a minute, not the length of the longest job.",
        ],
        againstIt: [
          "A lease trades speed of recovery for duplicates: a shorter lease re-runs slow but healthy jobs, a longer one leaves crashed jobs waiting; no value removes both.",
          "Fencing protects only the stores that check the token. A payment or e-mail provider does not know your attempt numbers, so the effect still needs the job id as an idempotency key.",
          "A single leader is a bottleneck and has a failover gap (up to the lease TTL, say 10 s, with no new runs created). Sharding schedules over every scheduler instance by hash, or letting every instance insert and relying on the unique key, removes the leader at the cost of more writes.",
        ],
      },
      {
        id: "retries-and-dlq",
        title: "Retries, backoff and the dead-letter queue",
        decision:
          "At-least-once execution with idempotent effects. At most 4 attempts (the first try and 3 retries) with full-jitter backoff, ceilings 10, 20 and 40 s, capped at 10 minutes; after the 4th failed attempt, or at once for an error that cannot succeed, the job goes to the dead-letter queue.",
        forIt: [
          "Most failures are brief (timeouts, 503s, a restarting pod), and a retry a few seconds later succeeds.",
          "Full jitter turns a synchronised wave of retries into a trickle, so a downstream that is recovering is not knocked over again.",
          "A limit of 4 attempts bounds a poison job to 4 worker slots and 70 s of waiting in the worst case (35 s on average with full jitter), and the DLQ keeps it with its error for a person.",
          "Idempotent workers keyed by job id make a repeat harmless, so the system may deliver more than once instead of risking a loss.",
        ],
        againstIt: [
          "Exactly-once effects are not offered: a downstream that cannot deduplicate by key may see a repeat after a crash.",
          "Some downstreams fail for an hour, not for seconds; for those jobs more attempts over a longer schedule (retry policy per job type) beats an early trip to the DLQ.",
          "A DLQ nobody watches is a silent loss; it needs an alert on inflow and a redrive tool.",
          "Retries add load exactly when a downstream is struggling; pair them with a circuit breaker per downstream and the leaky bucket.",
        ],
      },
    ],
    wrapUp: {
      bottlenecks: [
        "The top of the hour: cron users pick round times, so jobs arrive in spikes. 5M jobs due at midnight take about 22 minutes to start at the 3,819/s the fleet is sized for; spread schedules (a hashed minute, as Jenkins's H does) and admit bursts per tenant.",
        "The jobs table's writes: about 14,900 row writes/s at peak with claims and results, hence 3 shards, and daily partitions so clean-up is a dropped partition, not a mass DELETE.",
        "The slowest downstream: its leaky bucket holds its jobs back, so its backlog grows while the other downstreams run at full speed.",
      ],
      failureModes: [
        "A worker pauses past its lease: two attempts run; the attempt number rejects the stale result and the job id key absorbs the repeated effect.",
        "A dispatcher crashes after publishing and before committing: the batch is dispatched again; duplicates, no loss.",
        "The cron leader is cut off: a new leader takes over after the lease TTL, deterministic ids block duplicate runs, and each schedule's missed-run policy decides whether to catch up.",
        "The work queue is down: due jobs stay scheduled in the database and scheduling lag grows; nothing is lost, and a backlog drains through the leaky buckets when it returns.",
      ],
      monitoring: [
        "Scheduling lag (start time minus run_at), p99 against the 5 s target.",
        "Age of the oldest message in the work queue, and depth per downstream.",
        "Attempts per job and retries per job type; a jump names the failing downstream.",
        "DLQ inflow, paged on, and lease expiries, which rise when jobs outgrow the lease or workers stall.",
      ],
      v2: [
        "Workflows: jobs that depend on other jobs (a DAG engine).",
        "Per-tenant quotas and priorities with weighted fair queuing.",
        "Sub-second timers from an in-memory timing wheel in front of the table.",
        "A second region on standby with the jobs table replicated.",
      ],
    },
    followUps: [
      {
        question: "Can you guarantee that a job runs exactly once?",
        answer:
          "Not the work itself: a worker can crash after the effect and before the acknowledgement, and then the job must run again or be lost. We deliver at least once and make the effect idempotent, with the job id as the key at the downstream, so a repeat changes nothing. Inside our own database an effect and its dedupe record can commit in one transaction, which is exactly-once for that store only.",
      },
      {
        question: "What happens if a worker's lease expires while it is still running the job?",
        answer:
          "The queue makes the job visible again and another worker claims it, raising the attempt number. For a while both run. The old worker's result is rejected because it names a stale attempt, and its call to the downstream is absorbed by the job id key. Heartbeats that extend the lease make this rare; fencing and the key make it harmless.",
      },
      {
        question:
          "A network partition leaves two scheduler instances each believing it is the cron leader. What breaks?",
        answer:
          "Nothing, if runs have deterministic ids: both insert the 09:00 run of a schedule under the same id and the unique key keeps one. For writes that are not naturally idempotent, the revision etcd gave the leader's key is a fencing token that the store checks, refusing the deposed leader's lower number.",
      },
      {
        question: "A customer schedules 10 million jobs for midnight. What happens?",
        answer:
          "The intake limits each tenant's submission and due rates, so the burst is refused or spread at the door with a clear error. What is admitted drains through the leaky bucket of each downstream. The 5 s start target holds only within a tenant's agreed rate; we say so in the scope.",
      },
      {
        question: "How does cancelling a job work?",
        answer:
          "A conditional update: status becomes cancelled only if the job is still scheduled or queued; a worker that later receives it finds the status and drops it. A running job can only be asked to stop: the worker sees the request on its next heartbeat. A finished job cannot be cancelled, and the API returns 409 with its final status.",
      },
      {
        question: "Why not put the jobs on Kafka instead of a queue?",
        answer:
          "Kafka tracks one offset per partition, so a slow or poison job holds back everything behind it in that partition, and retries need retry topics and a consumer-side delay. A queue acknowledges each message, hides it with a visibility timeout and dead-letters it on its own. Kafka fits the stream of job status events that other systems read.",
      },
      {
        question: "Jobs for the same account must run in the order they were submitted. How?",
        answer:
          "Put them in an SQS FIFO queue with the account id as message group id: one message of a group is in flight at a time, in order, while different accounts run in parallel. The price is lower throughput and head-of-line blocking inside a group: a job that retries holds up its account's next jobs.",
      },
      {
        question: "A schedule says 02:30 every day, local time. What about daylight saving time?",
        answer:
          "Store the schedule with its time zone and compute the next fire time in that zone, then store it in UTC. On the spring-forward day 02:30 does not exist and on the autumn day it occurs twice; the schedule needs a stated rule (run once at the first occurrence, or shift to 03:00), and a run id built from the schedule and the local date stops the repeated hour from creating a second run.",
      },
    ],
  },
  source: "Authored by Tradeoff from chapter material (queues, idempotent workers, backoff, dead-letter queues).",
  authored: true,
};

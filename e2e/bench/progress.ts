// npm run bench:progress: answer saves against the production server on
// PostgreSQL, from 50 concurrent connections.
//   1. hold: a steady 500 saves/s for 15 s, evenly paced over the connections
//      (open loop, see paced-load.ts). Pass: that rate is held, p99 ≤ 50 ms, 0 errors.
//   2. capacity: the same connections as fast as they can go (autocannon), for the ceiling.
// Then every acknowledged save must be in the database exactly once.
//   DATABASE_URL=postgresql://… npm run build && npm run bench:progress
// Options (env): BENCH_CONNECTIONS (50), BENCH_RATE (500), BENCH_SECONDS (15).
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { pacedLoad, percentile } from "./paced-load";
import { signedInCookie, startServer } from "./server";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error(
    "bench:progress measures PostgreSQL: set DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/tradeoff_bench).",
  );
  process.exit(2);
}
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const rate = Number(process.env.BENCH_RATE ?? 500);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);

const db = new pg.Client({ connectionString: databaseUrl });
const server = await startServer({ DATABASE_URL: databaseUrl });
try {
  await db.connect();
  const email = `bench-${randomUUID()}@example.com`;
  const password = "benchmark password";
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO "User" (id, name, email, "passwordHash", "updatedAt") VALUES ($1, 'Bench', $2, $3, now()) RETURNING id`,
    [randomUUID(), email, await hashPassword(password)],
  );
  const userId = rows[0]!.id;
  const cookie = await signedInCookie(server.url, email, password);

  const url = `${server.url}/api/progress/attempts`;
  const headers = { "content-type": "application/json", cookie };
  // One committed quiz answer per request, each with a new attempt id, as the browser sends them.
  const body = () =>
    JSON.stringify({
      attempts: [
        { id: randomUUID(), lesson: "the-art-of-scoping", block: "one-hour-budget", answer: { selected: [2] } },
      ],
    });

  let acknowledged = 0;
  const capacityRun = (duration: number) =>
    autocannon({
      url,
      connections,
      duration,
      method: "POST",
      headers,
      requests: [
        {
          setupRequest: (request) => ({ ...request, body: body() }),
          onResponse: (status: number) => {
            if (status === 200) acknowledged++;
          },
        },
      ],
    });

  // Warm-up at the target rate, so the JIT and the pools have settled before measuring.
  await pacedLoad({ url, rate, seconds: 10, connections, headers, body });
  const before = await db.query<{ count: string }>(`SELECT count(*) FROM "Attempt" WHERE "userId" = $1`, [userId]);
  const paced = await pacedLoad({ url, rate, seconds, connections, headers, body });
  acknowledged += paced.ok;
  const sorted = [...paced.latenciesMs].sort((a, b) => a - b);
  const ms = (value: number) => Math.round(value * 10) / 10;
  const hold = {
    savesPerSecond: Math.round(paced.ok / paced.seconds),
    latencyMs: {
      p50: ms(percentile(sorted, 50)),
      p90: ms(percentile(sorted, 90)),
      p99: ms(percentile(sorted, 99)),
      max: ms(sorted.at(-1)!),
    },
    errors: paced.errors,
    requests: paced.sent,
  };
  const closed = await capacityRun(10);
  const capacity = {
    savesPerSecond: Math.round(closed.requests.average),
    latencyMs: { p50: closed.latency.p50, p90: closed.latency.p90, p99: closed.latency.p99, max: closed.latency.max },
    errors: closed.errors + closed.timeouts + closed.non2xx,
    requests: closed.requests.total,
  };
  await new Promise((done) => setTimeout(done, 500)); // let requests cut off at the end finish
  const after = await db.query<{ count: string }>(`SELECT count(*) FROM "Attempt" WHERE "userId" = $1`, [userId]);
  const stored = Number(after.rows[0]!.count) - Number(before.rows[0]!.count);

  console.log(
    JSON.stringify(
      { connections, target: `${rate} saves/s for ${seconds} s`, hold, capacity, acknowledged, stored },
      null,
      2,
    ),
  );
  const held = hold.savesPerSecond >= rate * 0.98 && hold.latencyMs.p99 <= 50 && hold.errors === 0;
  // Requests in flight when a run stops are stored but not counted: at most one per connection per run.
  const intact = stored >= acknowledged && stored <= acknowledged + connections * 3 && capacity.errors === 0;
  console.log(
    `${held ? "PASS" : "FAIL"}: held ${hold.savesPerSecond} saves/s (target ${rate}), p99 ${hold.latencyMs.p99} ms (limit 50), ${hold.errors} errors.`,
  );
  console.log(
    `${intact ? "PASS" : "FAIL"}: ${acknowledged} acknowledged saves, ${stored} rows stored. Capacity ${capacity.savesPerSecond} saves/s ` +
      `(closed loop: its latency is queueing, ${connections} connections / throughput).`,
  );
  await db.query(`DELETE FROM "User" WHERE id = $1`, [userId]);
  process.exitCode = held && intact ? 0 : 1;
} finally {
  server.stop();
  await db.end();
}

// An open-loop load generator: requests leave at evenly spaced times (rate per
// second) over a fixed set of keep-alive connections, whether or not earlier
// ones have answered. Latency is measured from each request's scheduled time,
// so a server that falls behind shows it (no "coordinated omission"), and no
// burst is sent at the start of each second.
import http from "node:http";

export type PacedResult = { sent: number; ok: number; errors: number; seconds: number; latenciesMs: number[] };

export async function pacedLoad(options: {
  url: string;
  rate: number;
  seconds: number;
  connections: number;
  headers: Record<string, string>;
  body: () => string;
}): Promise<PacedResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const latenciesMs: number[] = [];
  let ok = 0;
  let errors = 0;
  const started = performance.now();

  const send = (scheduled: number) =>
    new Promise<void>((resolve) => {
      const body = options.body();
      const request = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          method: "POST",
          agent,
          headers: { ...options.headers, "content-length": Buffer.byteLength(body) },
        },
        (response) => {
          response.resume();
          response.on("end", () => {
            latenciesMs.push(performance.now() - scheduled);
            if (response.statusCode === 200) ok++;
            else errors++;
            resolve();
          });
        },
      );
      request.on("error", () => {
        errors++;
        resolve();
      });
      request.end(body);
    });

  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const scheduled = started + i * interval;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((done) => setTimeout(done, wait));
    inFlight.push(send(scheduled));
  }
  await Promise.all(inFlight);
  agent.destroy();
  return { sent: total, ok, errors, seconds: (performance.now() - started) / 1000, latenciesMs };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

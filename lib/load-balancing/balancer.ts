/**
 * A load balancer in discrete ticks. Pure and deterministic: the same servers,
 * algorithm and request stream always give the same routing.
 *
 * Each tick, in this order:
 * 1. the health check runs (on ticks that are multiples of its interval) and
 *    marks a server down after `threshold` failed checks in a row;
 * 2. the requests arriving this tick are routed one by one, each seeing the
 *    in-flight counts left by the ones before it;
 * 3. every live server completes up to `speed` of its in-flight requests.
 *
 * A request routed to a server that has died but is not yet marked down fails.
 * Ties (equal connections, equal smooth weights) go to the server listed first.
 */
export type Algorithm = "round-robin" | "weighted-round-robin" | "least-connections" | "ip-hash";

export const ALGORITHM_LABELS: Readonly<Record<Algorithm, string>> = {
  "round-robin": "Round robin",
  "weighted-round-robin": "Weighted round robin",
  "least-connections": "Least connections",
  "ip-hash": "IP hash",
};

export type Server = {
  id: string;
  /** Requests it completes per tick (a whole number ≥ 0). */
  speed: number;
  /** For weighted round robin (default 1). */
  weight?: number;
  /** Requests already in flight at tick 0 (default 0). */
  active?: number;
  /** The tick from which it is dead: it answers nothing and fails every check. */
  failsAt?: number;
  /** The tick from which it drains: no new requests, but it finishes those it holds. */
  drainsAt?: number;
};

export type Request = { at: number; client: string };

export type HealthCheck = { interval: number; threshold: number };

export type Routed = {
  index: number;
  at: number;
  client: string;
  /** Null when no server could take it. */
  server: string | null;
  failed: boolean;
  /** The in-flight count of every server when this request was routed (what least connections reads). */
  seen: number[];
};

export type Simulation = {
  routed: Routed[];
  /** depth[t][i]: in-flight requests at server i at the end of tick t. */
  depth: number[][];
  /** The tick each server was marked down by the health check, or null. */
  markedDownAt: (number | null)[];
  /** The tick a draining server first held nothing, or null. */
  drainedAt: (number | null)[];
  /** Requests routed to each server (failed ones included). */
  counts: Record<string, number>;
  failed: number;
};

/** 32-bit FNV-1a: a small, stable hash, so "IP hash" gives the same server on every run. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function validate(servers: readonly Server[], requests: readonly Request[], check?: HealthCheck) {
  if (servers.length === 0) throw new Error("a load balancer needs at least one server");
  const ids = new Set(servers.map((server) => server.id));
  if (ids.size !== servers.length) throw new Error("server ids must be unique");
  for (const server of servers) {
    if (!Number.isInteger(server.speed) || server.speed < 0)
      throw new Error(`${server.id}: speed must be a whole number ≥ 0`);
    if (server.weight !== undefined && (!Number.isInteger(server.weight) || server.weight < 1))
      throw new Error(`${server.id}: weight must be a whole number ≥ 1`);
    if (server.active !== undefined && (!Number.isInteger(server.active) || server.active < 0))
      throw new Error(`${server.id}: active must be a whole number ≥ 0`);
  }
  for (const request of requests) {
    if (!Number.isInteger(request.at) || request.at < 0) throw new Error("request times must be whole ticks ≥ 0");
  }
  for (let index = 1; index < requests.length; index++) {
    if (requests[index]!.at < requests[index - 1]!.at) throw new Error("requests must be in time order");
  }
  if (
    check &&
    (!Number.isInteger(check.interval) ||
      check.interval < 1 ||
      !Number.isInteger(check.threshold) ||
      check.threshold < 1)
  )
    throw new Error("the health check needs a whole interval ≥ 1 and threshold ≥ 1");
}

export function simulate(
  servers: readonly Server[],
  algorithm: Algorithm,
  requests: readonly Request[],
  options: { healthCheck?: HealthCheck; ticks?: number } = {},
): Simulation {
  const check = options.healthCheck;
  validate(servers, requests, check);
  const lastArrival = requests.length ? requests[requests.length - 1]!.at : -1;
  const ticks = Math.max(options.ticks ?? lastArrival + 1, lastArrival + 1);

  const depth = servers.map((server) => server.active ?? 0);
  const markedDownAt: (number | null)[] = servers.map(() => null);
  const drainedAt: (number | null)[] = servers.map(() => null);
  const failedChecks = servers.map(() => 0);
  const smooth = servers.map(() => 0);
  const counts: Record<string, number> = Object.fromEntries(servers.map((server) => [server.id, 0]));
  const routed: Routed[] = [];
  const history: number[][] = [];
  let lastPicked = -1;
  let failed = 0;
  let next = 0;

  const dead = (index: number, tick: number) =>
    servers[index]!.failsAt !== undefined && tick >= servers[index]!.failsAt!;
  const draining = (index: number, tick: number) =>
    servers[index]!.drainsAt !== undefined && tick >= servers[index]!.drainsAt!;

  for (let tick = 0; tick < ticks; tick++) {
    if (check && tick % check.interval === 0) {
      servers.forEach((_, index) => {
        if (markedDownAt[index] !== null) return;
        failedChecks[index] = dead(index, tick) ? failedChecks[index]! + 1 : 0;
        if (failedChecks[index]! >= check.threshold) markedDownAt[index] = tick;
      });
    }
    // A dead server's in-flight requests are lost with it.
    servers.forEach((_, index) => {
      if (dead(index, tick) && depth[index]! > 0) {
        failed += depth[index]!;
        depth[index] = 0;
      }
    });
    const eligible = servers.flatMap((_, index) =>
      markedDownAt[index] === null && !draining(index, tick) ? [index] : [],
    );

    for (; next < requests.length && requests[next]!.at === tick; next++) {
      const request = requests[next]!;
      const seen = [...depth];
      const pick = choose(algorithm, eligible, request, { depth, smooth, servers, lastPicked });
      if (pick === null) {
        routed.push({ index: next, at: tick, client: request.client, server: null, failed: true, seen });
        failed++;
        continue;
      }
      lastPicked = pick;
      const server = servers[pick]!;
      counts[server.id]!++;
      if (dead(pick, tick)) {
        routed.push({ index: next, at: tick, client: request.client, server: server.id, failed: true, seen });
        failed++;
      } else {
        depth[pick]!++;
        routed.push({ index: next, at: tick, client: request.client, server: server.id, failed: false, seen });
      }
    }

    servers.forEach((server, index) => {
      if (!dead(index, tick)) depth[index] = Math.max(0, depth[index]! - server.speed);
      if (draining(index, tick) && drainedAt[index] === null && depth[index] === 0) drainedAt[index] = tick;
    });
    history.push([...depth]);
  }
  return { routed, depth: history, markedDownAt, drainedAt, counts, failed };
}

function choose(
  algorithm: Algorithm,
  eligible: readonly number[],
  request: Request,
  state: { depth: number[]; smooth: number[]; servers: readonly Server[]; lastPicked: number },
): number | null {
  if (eligible.length === 0) return null;
  switch (algorithm) {
    case "round-robin": {
      // The next eligible server after the last one picked, in list order.
      const after = eligible.find((index) => index > state.lastPicked);
      return after ?? eligible[0]!;
    }
    case "weighted-round-robin": {
      // Smooth weighted round robin (as in nginx): no bursts to the heaviest server.
      let total = 0;
      let best = eligible[0]!;
      for (const index of eligible) {
        const weight = state.servers[index]!.weight ?? 1;
        state.smooth[index]! += weight;
        total += weight;
        if (state.smooth[index]! > state.smooth[best]!) best = index;
      }
      state.smooth[best]! -= total;
      return best;
    }
    case "least-connections": {
      let best = eligible[0]!;
      for (const index of eligible) if (state.depth[index]! < state.depth[best]!) best = index;
      return best;
    }
    case "ip-hash":
      return eligible[fnv1a(request.client) % eligible.length]!;
  }
}

/** `perTick` requests at every tick from 0 to ticks − 1, clients cycling through `clients`. */
export function steadyStream(perTick: number, ticks: number, clients: readonly string[]): Request[] {
  if (clients.length === 0) throw new Error("a stream needs at least one client");
  const requests: Request[] = [];
  for (let tick = 0; tick < ticks; tick++) {
    for (let slot = 0; slot < perTick; slot++) {
      requests.push({ at: tick, client: clients[requests.length % clients.length]! });
    }
  }
  return requests;
}

/** The largest share of requests any one server received, between 0 and 1. */
export function busiestShare(simulation: Simulation): number {
  const values = Object.values(simulation.counts);
  const total = values.reduce((sum, value) => sum + value, 0);
  return total === 0 ? 0 : Math.max(...values) / total;
}

/** The server with the most in-flight requests at the end of the run (first listed on a tie), and its depth. */
export function deepestQueue(servers: readonly Server[], simulation: Simulation): { server: string; depth: number } {
  const last = simulation.depth[simulation.depth.length - 1] ?? servers.map(() => 0);
  let best = 0;
  last.forEach((value, index) => {
    if (value > last[best]!) best = index;
  });
  return { server: servers[best]!.id, depth: last[best]! };
}

export type ServerStatus = "in rotation" | "dead, not yet detected" | "marked down" | "draining" | "drained";

/** What a server is at `tick`, as the simulator labels it (in words, not only colour). */
export function serverStatus(server: Server, index: number, tick: number, simulation: Simulation): ServerStatus {
  const down = simulation.markedDownAt[index];
  if (down !== null && down !== undefined && tick >= down) return "marked down";
  if (server.failsAt !== undefined && tick >= server.failsAt) return "dead, not yet detected";
  if (server.drainsAt !== undefined && tick >= server.drainsAt) {
    const drained = simulation.drainedAt[index];
    return drained !== null && drained !== undefined && tick > drained ? "drained" : "draining";
  }
  return "in rotation";
}

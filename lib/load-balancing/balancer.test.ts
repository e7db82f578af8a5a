import { describe, expect, it } from "vitest";
import {
  busiestShare,
  deepestQueue,
  fnv1a,
  serverStatus,
  simulate,
  steadyStream,
  type Server,
} from "@/lib/load-balancing/balancer";
import {
  LOAD_BALANCER_SCENARIOS,
  NAT_ADDRESS,
  PRESETS,
  depthBucket,
  preset,
  runPreset,
  shareBucket,
  targetOf,
} from "@/lib/load-balancing/scenarios";

const three = (extra: Partial<Server> = {}): Server[] => ["S1", "S2", "S3"].map((id) => ({ id, speed: 1, ...extra }));
const servedBy = (servers: Server[], algorithm: Parameters<typeof simulate>[1], n: number) =>
  simulate(servers, algorithm, steadyStream(1, n, ["a"])).routed.map((r) => r.server);

describe("round robin", () => {
  it("sends request k to server ((k − 1) mod n) + 1", () => {
    const targets = servedBy(three(), "round-robin", 7);
    targets.forEach((target, index) => expect(target).toBe(`S${(index % 3) + 1}`));
    expect(targetOf(preset("round-robin"), 5)).toBe("S2");
  });

  it("ignores load: a busy server still gets its turn", () => {
    const servers = [
      { id: "S1", speed: 1, active: 50 },
      { id: "S2", speed: 1 },
    ];
    expect(simulate(servers, "round-robin", [{ at: 0, client: "a" }]).routed[0]!.server).toBe("S1");
  });

  it("with one server, everything goes to it", () => {
    expect(servedBy([{ id: "only", speed: 1 }], "round-robin", 4)).toEqual(["only", "only", "only", "only"]);
  });

  it("gives slow servers the same share, so their queues grow (4 a tick for 12 ticks; speeds 3, 2, 1)", () => {
    const slow = preset("slow-server");
    const run = runPreset(slow);
    expect(run.counts).toEqual({ S1: 16, S2: 16, S3: 16 });
    // S3 receives 16 and finishes 1 a tick: 16 − 12 = 4 left.
    expect(deepestQueue(slow.servers, run)).toEqual({ server: "S3", depth: 4 });
    expect(LOAD_BALANCER_SCENARIOS["slow-server-round-robin"]!.answer).toBe("S3");
  });
});

describe("least connections", () => {
  it("picks the fewest open requests: S1 = 5, S2 = 2, S3 = 7 → S2", () => {
    expect(targetOf(preset("least-connections"), 1)).toBe("S2");
    expect(LOAD_BALANCER_SCENARIOS["least-connections-pick"]!.answer).toBe("S2");
  });

  it("breaks ties by list order", () => {
    expect(servedBy(three(), "least-connections", 1)).toEqual(["S1"]);
  });

  it("keeps every queue short when speeds differ, sending the fast server the most", () => {
    const run = runPreset(preset("slow-server-least"));
    expect(run.counts.S1).toBeGreaterThan(run.counts.S3!);
    const deepest = deepestQueue(preset("slow-server-least").servers, run);
    expect(deepest.depth).toBeLessThanOrEqual(1);
    expect(LOAD_BALANCER_SCENARIOS["slow-server-least-connections"]!.answer).toBe("0-1");
  });
});

describe("weighted round robin (smooth)", () => {
  it("sends 5 : 1 : 1 in proportion without bunching", () => {
    const servers: Server[] = [
      { id: "A", speed: 1, weight: 5 },
      { id: "B", speed: 1, weight: 1 },
      { id: "C", speed: 1, weight: 1 },
    ];
    const targets = simulate(servers, "weighted-round-robin", steadyStream(1, 7, ["x"])).routed.map((r) => r.server);
    expect(targets).toEqual(["A", "A", "B", "A", "C", "A", "A"]);
  });

  it("with equal weights it is plain round robin", () => {
    expect(servedBy(three({ weight: 2 }), "weighted-round-robin", 6)).toEqual(servedBy(three(), "round-robin", 6));
  });
});

describe("IP hash", () => {
  it("hashes deterministically (FNV-1a test vectors)", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });

  it("sends one address to one server every time", () => {
    const run = simulate(three(), "ip-hash", steadyStream(1, 5, ["198.51.100.23"]));
    expect(new Set(run.routed.map((r) => r.server)).size).toBe(1);
  });

  it("behind a NAT, 9 of 12 requests share one address and land on one server", () => {
    const nat = preset("nat");
    expect(nat.requests.filter((r) => r.client === NAT_ADDRESS)).toHaveLength(9);
    const run = runPreset(nat);
    expect(Math.max(...Object.values(run.counts))).toBeGreaterThanOrEqual(9);
    expect(busiestShare(run)).toBeGreaterThanOrEqual(0.75);
    expect(LOAD_BALANCER_SCENARIOS["ip-hash-nat"]!.answer).toBe("three-quarters");
  });

  it("remaps clients when the set of healthy servers changes (mod N)", () => {
    const clients = Array.from({ length: 30 }, (_, i) => `10.1.0.${i}`);
    const before = simulate(
      three(),
      "ip-hash",
      clients.map((client) => ({ at: 0, client })),
    );
    const after = simulate(
      [...three(), { id: "S4", speed: 1 }],
      "ip-hash",
      clients.map((client) => ({ at: 0, client })),
    );
    const moved = before.routed.filter((r, i) => r.server !== after.routed[i]!.server).length;
    expect(moved).toBeGreaterThan(clients.length / 2);
  });
});

describe("health checks", () => {
  it("S2 dies at tick 3; checks every 2 ticks with threshold 2 mark it down at tick 6; 3 requests fail", () => {
    const run = runPreset(preset("health-check"));
    expect(run.markedDownAt).toEqual([null, 6, null]);
    expect(run.failed).toBe(3);
    const toS2 = run.routed.filter((r) => r.server === "S2");
    expect(toS2.filter((r) => r.failed).map((r) => r.at)).toEqual([3, 4, 5]);
    expect(toS2.every((r) => r.at < 6)).toBe(true);
    expect(LOAD_BALANCER_SCENARIOS["failed-before-markdown"]!.answer).toBe("3");
  });

  it("a server that is still alive at every check is never marked down", () => {
    const servers: Server[] = [
      { id: "S1", speed: 1, failsAt: 10 },
      { id: "S2", speed: 1 },
    ];
    const run = simulate(servers, "round-robin", steadyStream(1, 9, ["a"]), {
      healthCheck: { interval: 2, threshold: 2 },
    });
    expect(run.markedDownAt).toEqual([null, null]);
  });

  it("loses a dead server's in-flight requests", () => {
    const servers: Server[] = [
      { id: "S1", speed: 0, active: 3, failsAt: 1 },
      { id: "S2", speed: 1 },
    ];
    expect(simulate(servers, "round-robin", [], { ticks: 2 }).failed).toBe(3);
  });

  it("with every server marked down, requests reach nobody and fail", () => {
    const servers: Server[] = [{ id: "S1", speed: 1, failsAt: 0 }];
    const run = simulate(servers, "round-robin", [{ at: 1, client: "a" }], {
      healthCheck: { interval: 1, threshold: 1 },
    });
    expect(run.routed[0]).toMatchObject({ server: null, failed: true });
  });

  it("records the in-flight counts each request saw when it was routed", () => {
    const run = runPreset(preset("least-connections"));
    expect(run.routed[0]!.seen).toEqual([5, 2, 7]);
  });
});

describe("server status labels", () => {
  it("S2 is in rotation, then dead but undetected, then marked down", () => {
    const entry = preset("health-check");
    const run = runPreset(entry);
    const s2 = entry.servers[1]!;
    expect([2, 3, 5, 6, 9].map((tick) => serverStatus(s2, 1, tick, run))).toEqual([
      "in rotation",
      "dead, not yet detected",
      "dead, not yet detected",
      "marked down",
      "marked down",
    ]);
  });
  it("a draining server is draining until the tick after it empties", () => {
    const entry = preset("drain");
    const run = runPreset(entry);
    expect([0, 3, 4].map((tick) => serverStatus(entry.servers[2]!, 2, tick, run))).toEqual([
      "draining",
      "draining",
      "drained",
    ]);
  });
});

describe("connection draining", () => {
  it("a draining server takes nothing new and empties in 4 ticks (4 in flight, 1 a tick)", () => {
    const run = runPreset(preset("drain"));
    expect(run.counts.S3).toBe(0);
    expect(run.drainedAt[2]).toBe(3);
    expect(run.depth.map((d) => d[2])).toEqual([3, 2, 1, 0, 0, 0]);
    expect(LOAD_BALANCER_SCENARIOS["drain-finish"]!.answer).toBe("4");
  });
});

describe("input checks and edge cases", () => {
  it("an empty stream routes nothing", () => {
    expect(simulate(three(), "least-connections", []).routed).toEqual([]);
  });
  it("rejects bad input", () => {
    expect(() => simulate([], "round-robin", [])).toThrow(/at least one server/);
    expect(() =>
      simulate(
        [
          { id: "a", speed: 1 },
          { id: "a", speed: 1 },
        ],
        "round-robin",
        [],
      ),
    ).toThrow(/unique/);
    expect(() => simulate([{ id: "a", speed: -1 }], "round-robin", [])).toThrow(/speed/);
    expect(() => simulate([{ id: "a", speed: 1, weight: 0 }], "round-robin", [])).toThrow(/weight/);
    expect(() =>
      simulate(three(), "round-robin", [
        { at: 2, client: "a" },
        { at: 1, client: "b" },
      ]),
    ).toThrow(/time order/);
    expect(() => simulate(three(), "round-robin", [], { healthCheck: { interval: 0, threshold: 1 } })).toThrow(
      /health check/,
    );
    expect(() => steadyStream(1, 1, [])).toThrow(/client/);
  });
  it("buckets", () => {
    expect([0, 1, 2, 3, 4].map(depthBucket)).toEqual(["0-1", "0-1", "2-3", "2-3", "4+"]);
    expect([0.33, 0.5, 0.74, 0.75].map(shareBucket)).toEqual(["third", "half", "half", "three-quarters"]);
  });
});

describe("the scenarios", () => {
  it("every answer is one of its options, and every preset's scenario exists", () => {
    for (const [key, scenario] of Object.entries(LOAD_BALANCER_SCENARIOS)) {
      expect(
        scenario.options.map((o) => o.id),
        key,
      ).toContain(scenario.answer);
    }
    for (const entry of PRESETS) expect(LOAD_BALANCER_SCENARIOS[entry.scenario], entry.id).toBeDefined();
    expect(Object.keys(LOAD_BALANCER_SCENARIOS).length).toBeGreaterThanOrEqual(3);
  });
});

import { describe, expect, it } from "vitest";
import { fnv1a, hashToDegrees, keyHash, mix32 } from "@/lib/sharding/hash";
import {
  arcShares,
  expectedModNMovedShare,
  modNMovedShare,
  modNServer,
  movedArcShare,
  movedKeys,
  ownerAt,
  replicasAt,
  sampleKeys,
  spreadOf,
  tokensFor,
} from "@/lib/sharding/ring";
import {
  BASE_NODES,
  donorsToS4,
  MOD_N_MOVED,
  RING_MOVED,
  RING_PRESETS,
  RING_SCENARIOS,
  vnodeSpread,
  WITH_S4,
} from "@/lib/sharding/ring-scenarios";

const base = tokensFor(BASE_NODES);
const withS4 = tokensFor(WITH_S4);

describe("hash", () => {
  it("is 32-bit FNV-1a: the published test vectors", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });
  it("mixes FNV-1a so keys differing in their last character land far apart", () => {
    expect(mix32(0)).toBe(0);
    expect(keyHash("user-1")).toBe(keyHash("user-1"));
    const degrees = Array.from({ length: 16 }, (_, index) => hashToDegrees(`S1#${index}`));
    expect(Math.max(...degrees) - Math.min(...degrees)).toBeGreaterThan(180);
  });
  it("places text in [0, 360)", () => {
    for (const key of ["", "a", "user-1", "S1#7"]) {
      expect(hashToDegrees(key)).toBeGreaterThanOrEqual(0);
      expect(hashToDegrees(key)).toBeLessThan(360);
    }
  });
});

describe("consistent-hash ring: the worked example", () => {
  it("gives each key to the first node at or after it, clockwise", () => {
    expect(ownerAt(base, 90)).toBe("S1"); // A sits exactly on S1
    expect(ownerAt(base, 200)).toBe("S2"); // B
    expect(ownerAt(base, 310)).toBe("S3"); // C
    expect(ownerAt(base, 335)).toBe("S1"); // wraps past 360°
    expect(ownerAt(base, 0)).toBe("S1");
  });

  it("adding S4 at 150° takes only the keys in (90°, 150°], all of them from S2", () => {
    const everyDegree = Array.from({ length: 3600 }, (_, tenth) => ({ key: String(tenth), angle: tenth / 10 }));
    const moves = movedKeys(everyDegree, base, withS4);
    expect(moves.every((move) => move.angle > 90 && move.angle <= 150)).toBe(true);
    expect(moves.every((move) => move.from === "S2" && move.to === "S4")).toBe(true);
    expect(moves).toHaveLength(600); // 90.1° … 150.0° in tenths
    expect(donorsToS4()).toEqual(["S2"]);
    expect(ownerAt(withS4, 90)).toBe("S1");
    expect(ownerAt(withS4, 150)).toBe("S4");
    expect(ownerAt(withS4, 150.01)).toBe("S2");
  });

  it("moves exactly 60/360 of the ring when S4 joins, against 3/4 under mod N", () => {
    expect(RING_MOVED).toBeCloseTo(60 / 360, 12);
    expect(movedArcShare(base, base)).toBe(0);
    expect(MOD_N_MOVED).toBe(0.75);
  });

  it("gives a removed node's whole arc to its clockwise successor", () => {
    const withoutS3 = tokensFor(BASE_NODES.filter((node) => node.id !== "S3"));
    expect(ownerAt(withoutS3, 310)).toBe("S1");
    const moves = movedKeys(sampleKeys(500), base, withoutS3);
    expect(moves.length).toBeGreaterThan(0);
    expect(moves.every((move) => move.from === "S3" && move.to === "S1")).toBe(true);
    expect(movedArcShare(base, withoutS3)).toBeCloseTo(90 / 360, 12);
  });

  it("walks clockwise over distinct nodes for RF = 3", () => {
    expect(replicasAt(withS4, 120, 3)).toEqual(["S4", "S2", "S3"]);
    expect(replicasAt(withS4, 300, 3)).toEqual(["S3", "S1", "S4"]);
    expect(replicasAt(withS4, 120, 1)).toEqual(["S4"]);
    // With virtual nodes the walk skips further tokens of nodes already chosen.
    const many = tokensFor(WITH_S4, 32);
    for (const angle of [0, 45, 120, 359.9]) {
      const replicas = replicasAt(many, angle, 3);
      expect(new Set(replicas).size).toBe(3);
      expect(replicas[0]).toBe(ownerAt(many, angle));
    }
  });

  it("measures arcs: 120°, 60°, 90°, 90° for the four nodes", () => {
    const shares = arcShares(withS4);
    expect(shares.S1).toBeCloseTo(120 / 360, 12);
    expect(shares.S4).toBeCloseTo(60 / 360, 12);
    expect(shares.S2).toBeCloseTo(90 / 360, 12);
    expect(shares.S3).toBeCloseTo(90 / 360, 12);
    expect(spreadOf(shares).ratio).toBeCloseTo(2, 12);
    expect(arcShares(tokensFor([{ id: "only", position: 10 }]))).toEqual({ only: 1 });
  });
});

describe("virtual nodes", () => {
  it("give each node v tokens, the first at its own position", () => {
    const tokens = tokensFor(WITH_S4, 8);
    expect(tokens).toHaveLength(32);
    expect(tokens.filter((token) => token.node === "S4" && token.vnode === 0)[0]!.position).toBe(150);
    const positions = tokens.map((token) => token.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("narrow the load spread as they rise (deterministic hash)", () => {
    const counts = [1, 4, 16, 64, 256];
    const spreads = counts.map((vnodes) => vnodeSpread(vnodes));
    expect(spreads[0]!.ratio).toBeCloseTo(2, 12);
    expect(spreads[spreads.length - 1]!.ratio).toBeLessThan(spreads[0]!.ratio);
    expect(spreads[spreads.length - 1]!.stdDev).toBeLessThan(spreads[0]!.stdDev);
    expect(vnodeSpread(256).stdDev).toBeLessThan(vnodeSpread(16).stdDev);
    expect(vnodeSpread(64).ratio).toBeLessThan(vnodeSpread(1).ratio);
    for (const vnodes of counts) {
      const total = Object.values(arcShares(tokensFor(WITH_S4, vnodes))).reduce((sum, share) => sum + share, 0);
      expect(total).toBeCloseTo(1, 12);
    }
  });

  it("spread a departing node's keys over several nodes instead of one neighbour", () => {
    const before = tokensFor(WITH_S4, 32);
    const after = tokensFor(
      WITH_S4.filter((node) => node.id !== "S3"),
      32,
    );
    const heirs = new Set(movedKeys(sampleKeys(2000), before, after).map((move) => move.to));
    expect(heirs.size).toBeGreaterThan(1);
  });
});

describe("hash mod N", () => {
  it("moves exactly 1 − 1/(N + 1) of uniform keys from N to N + 1", () => {
    expect(expectedModNMovedShare(3, 4)).toBe(0.75);
    expect(expectedModNMovedShare(4, 5)).toBeCloseTo(0.8, 12);
    expect(expectedModNMovedShare(8, 9)).toBeCloseTo(8 / 9, 12);
    expect(expectedModNMovedShare(3, 3)).toBe(0);
    expect(expectedModNMovedShare(2, 4)).toBe(0.5); // 4 is a multiple of 2: h mod 4 in {0,1} stays
  });

  it("matches the expectation on hashed keys", () => {
    const keys = sampleKeys(20000).map((key) => key.key);
    expect(modNMovedShare(keys, 3, 4)).toBeCloseTo(0.75, 1);
    expect(Math.abs(modNMovedShare(keys, 3, 4) - 0.75)).toBeLessThan(0.02);
    expect(modNMovedShare([], 3, 4)).toBe(0);
    expect(modNServer("user-1", 1)).toBe(0);
  });
});

describe("invalid input", () => {
  it("is rejected", () => {
    expect(() => tokensFor([])).toThrow();
    expect(() => tokensFor(BASE_NODES, 0)).toThrow();
    expect(() => tokensFor(BASE_NODES, 1.5)).toThrow();
    expect(() => tokensFor([{ id: "S1", position: 360 }])).toThrow();
    expect(() => tokensFor([{ id: "S1", position: -1 }])).toThrow();
    expect(() => tokensFor([...BASE_NODES, { id: "S1", position: 10 }])).toThrow(/unique/);
    expect(() => replicasAt(base, 10, 4)).toThrow(/RF = 4/);
    expect(() => replicasAt(base, 10, 0)).toThrow();
    expect(() => ownerAt(base, 400)).toThrow();
    expect(() => expectedModNMovedShare(0, 4)).toThrow();
    expect(() => modNServer("k", 0)).toThrow();
  });

  it("breaks ties between tokens at one position by node id", () => {
    const tied = tokensFor([
      { id: "S2", position: 100 },
      { id: "S1", position: 100 },
    ]);
    expect(ownerAt(tied, 100)).toBe("S1");
    expect(arcShares(tied)).toEqual({ S1: 1, S2: 0 });
  });
});

describe("ring scenarios", () => {
  it("are computed by the model", () => {
    expect(RING_SCENARIOS["add-s4-source"]!.answer).toBe("S2");
    expect(RING_SCENARIOS["mod-n-moved"]!.answer).toBe("75");
    expect(RING_SCENARIOS["remove-s3-heir"]!.answer).toBe("S1");
    expect(RING_SCENARIOS["replicas-rf3"]!.answer).toBe("S4,S2,S3");
    expect(RING_SCENARIOS["vnodes-spread"]!.answer).toBe("narrows");
  });

  it("each preset names a scenario whose answer is one of its options", () => {
    for (const preset of RING_PRESETS) {
      const scenario = RING_SCENARIOS[preset.scenario];
      expect(scenario, preset.id).toBeDefined();
      expect(scenario!.options.map((option) => option.id)).toContain(scenario!.answer);
    }
    expect(Object.keys(RING_SCENARIOS).length).toBeGreaterThanOrEqual(3);
  });
});

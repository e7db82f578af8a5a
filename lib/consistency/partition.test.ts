import { describe, expect, it } from "vitest";
import {
  createCluster,
  cut,
  hasConflict,
  heal,
  predictionScore,
  read,
  readOutcome,
  resolve,
  write,
  writeOutcome,
} from "@/lib/consistency/partition";

describe("CP during a 3 | 2 partition (chapter 9's answer key)", () => {
  const split = cut(createCluster("CP"), ["R4", "R5"]);

  it("the majority serves reads and writes; the minority returns errors", () => {
    expect(writeOutcome(split, "R1")).toBe("value");
    expect(writeOutcome(split, "R4")).toBe("error");
    const written = write(split, "R1", "balance 90");
    expect(readOutcome(written, "R2")).toEqual({ outcome: "value", values: ["balance 90"] });
    expect(readOutcome(written, "R5")).toEqual({ outcome: "error", values: [] });
  });

  it("a refused write changes nothing, and healing brings the minority up to date without conflict", () => {
    let cluster = write(split, "R4", "balance 50");
    expect(cluster.timeline.at(-1)!.outcome).toBe("error");
    cluster = write(cluster, "R2", "balance 90");
    expect(hasConflict(cluster)).toBe(false);
    cluster = heal(cluster);
    expect(readOutcome(cluster, "R5")).toEqual({ outcome: "value", values: ["balance 90"] });
  });
});

describe("AP during a partition", () => {
  const split = cut(createCluster("AP", "last-write-wins", "cart: milk"), ["R4", "R5"]);

  it("both sides answer; the side that missed a write answers with a stale value", () => {
    const cluster = write(split, "R1", "cart: milk, eggs");
    expect(readOutcome(cluster, "R2").outcome).toBe("value");
    expect(readOutcome(cluster, "R5")).toEqual({ outcome: "stale", values: ["cart: milk"] });
    expect(writeOutcome(cluster, "R5")).toBe("value");
  });

  it("divergent writes are a conflict on healing; last write wins drops the earlier one", () => {
    let cluster = write(split, "R1", "cart: milk, eggs");
    cluster = write(cluster, "R5", "cart: milk, bread");
    expect(hasConflict(cluster)).toBe(true);
    cluster = heal(cluster);
    expect(cluster.timeline.at(-1)!.text).toBe(
      'Network healed with a conflict: last write wins keeps "cart: milk, bread" and silently drops "cart: milk, eggs"',
    );
    expect(readOutcome(cluster, "R1")).toEqual({ outcome: "value", values: ["cart: milk, bread"] });
  });

  it("keep-both returns both versions until the application merges them", () => {
    let cluster = cut(createCluster("AP", "keep-both", "cart: milk"), ["R4", "R5"]);
    cluster = write(cluster, "R2", "cart: milk, eggs");
    cluster = write(cluster, "R4", "cart: milk, bread");
    cluster = heal(cluster);
    expect(readOutcome(cluster, "R3")).toEqual({
      outcome: "conflict",
      values: ["cart: milk, eggs", "cart: milk, bread"],
    });
    cluster = resolve(cluster, "cart: milk, eggs, bread");
    expect(readOutcome(cluster, "R4")).toEqual({ outcome: "value", values: ["cart: milk, eggs, bread"] });
  });
});

describe("the timeline", () => {
  it("records every step and scores the learner's predictions", () => {
    let cluster = cut(createCluster("CP"), ["R1", "R2"]);
    cluster = write(cluster, "R1", "x", "value");
    cluster = read(cluster, "R3", "value");
    cluster = read(cluster, "R2", "error");
    expect(cluster.timeline.map((event) => event.step)).toEqual([1, 2, 3, 4]);
    expect(cluster.timeline.map((event) => event.outcome)).toEqual([undefined, "error", "value", "error"]);
    expect(predictionScore(cluster)).toEqual({ right: 2, total: 3 });
  });

  it("refuses a partition with an empty side", () => {
    expect(() => cut(createCluster("AP"), [])).toThrow(/both sides/);
  });
});

import { describe, expect, it } from "vitest";
import type { FlowModel } from "@/lib/diagrams/checks";
import { labelWords, unmatchedNodes } from "@/lib/diagrams/compare-boards";

const board = (...labels: string[]): FlowModel => ({
  direction: "LR",
  nodes: labels.map((label, index) => ({ id: `n${index}`, label, shape: "square" })),
  edges: [],
});

describe("labelWords", () => {
  it("keeps the words that say what a box is, without the kind of box", () => {
    expect(labelWords("Geo index in Redis")).toEqual(["geo", "index", "redis"]);
    expect(labelWords("Ride service")).toEqual(["ride"]);
    expect(labelWords("API")).toEqual([]);
  });
});

describe("unmatchedNodes", () => {
  const reference = board("Rider app", "Ride service", "Payment service", "Geo index in Redis", "Load balancer");

  it("lists the reference boxes no box of the learner's names", () => {
    const mine = board("Rider", "Rides", "Redis", "LB");
    expect(unmatchedNodes(reference, mine).map((node) => node.label)).toEqual(["Payment service", "Load balancer"]);
  });

  it("does not match two services on the word service alone", () => {
    expect(unmatchedNodes(board("Payment service"), board("Ride service")).map((node) => node.label)).toEqual([
      "Payment service",
    ]);
  });

  it("finds nothing missing when every component has a namesake, and everything on an empty board", () => {
    expect(unmatchedNodes(reference, board("Riders", "Ride", "Payments", "Geohash", "Load balancer"))).toEqual([]);
    expect(unmatchedNodes(reference, board())).toHaveLength(5);
  });
});

import { describe, expect, it } from "vitest";
import { readAfterWrite, routeByVersion } from "@/lib/consistency/lag";

describe("replication lag (the likes example)", () => {
  it("a read sees the new count only once the write has reached its replica: t ≥ write time + lag", () => {
    expect(readAfterWrite({ writeAt: 0, lagMs: 300, readAt: 100 })).toEqual({
      sees: "old",
      servedBy: "replica",
      waitedMs: 0,
    });
    expect(readAfterWrite({ writeAt: 0, lagMs: 300, readAt: 300 })).toMatchObject({ sees: "new" });
    expect(readAfterWrite({ writeAt: 1000, lagMs: 0, readAt: 1000 })).toMatchObject({ sees: "new" });
    expect(readAfterWrite({ writeAt: 500, lagMs: 300, readAt: 200 })).toMatchObject({ sees: "old" });
  });

  it("with a version token the replica waits for the write, or the read falls back to the primary", () => {
    expect(readAfterWrite({ writeAt: 0, lagMs: 300, readAt: 100, versionToken: { maxWaitMs: 500 } })).toEqual({
      sees: "new",
      servedBy: "replica",
      waitedMs: 200,
    });
    expect(readAfterWrite({ writeAt: 0, lagMs: 2000, readAt: 100, versionToken: { maxWaitMs: 500 } })).toEqual({
      sees: "new",
      servedBy: "primary",
      waitedMs: 500,
    });
  });
});

describe("routing by version (chapter 9's router drill)", () => {
  it("a client needing v4512 may read from the replicas at v4512 and v4515, not v4510", () => {
    const replicas = [
      { id: "A", version: 4510 },
      { id: "B", version: 4512 },
      { id: "C", version: 4515 },
    ];
    expect(routeByVersion(4512, replicas)).toEqual({ action: "serve", eligible: ["B", "C"] });
  });
  it("if every replica is behind, it falls back to the primary", () => {
    expect(routeByVersion(4512, [{ id: "A", version: 4500 }])).toEqual({
      action: "fall back to the primary",
      eligible: [],
    });
  });
});

import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { groupCommit } = await import("@/lib/progress/group-commit");

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe("group commit", () => {
  it("writes at once when idle, and batches what arrives while a write is in flight", async () => {
    const gate = deferred();
    const calls: number[][] = [];
    const write = groupCommit<number>(async (rows) => {
      calls.push(rows);
      if (calls.length === 1) await gate.promise;
    }, 100);
    const first = write([1]);
    const queued = [write([2]), write([3, 4]), write([5])];
    expect(calls).toEqual([[1]]);
    gate.resolve();
    await Promise.all([first, ...queued]);
    expect(calls).toEqual([[1], [2, 3, 4, 5]]);
  });

  it("never puts more than maxRows in one write", async () => {
    const gate = deferred();
    const calls: number[][] = [];
    const write = groupCommit<number>(async (rows) => {
      calls.push(rows);
      if (calls.length === 1) await gate.promise;
    }, 3);
    const all = [write([0]), write([1, 2]), write([3, 4]), write([5])];
    gate.resolve();
    await Promise.all(all);
    expect(calls).toEqual([[0], [1, 2], [3, 4, 5]]);
  });

  it("fails only the request whose rows fail when a batch is refused", async () => {
    const gate = deferred();
    let first = true;
    const write = groupCommit<string>(async (rows) => {
      if (first) {
        first = false;
        await gate.promise;
        return;
      }
      if (rows.includes("bad")) throw new Error("foreign key");
    }, 100);
    const opening = write(["a"]);
    const good = write(["b"]);
    const bad = write(["bad"]);
    gate.resolve();
    await opening;
    await expect(good).resolves.toBeUndefined();
    await expect(bad).rejects.toThrow("foreign key");
  });
});

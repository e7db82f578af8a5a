import { describe, expect, it } from "vitest";
import { groupCommit } from "@/lib/progress/group-commit";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe("group commit", () => {
  it("writes at once when idle, and batches what arrives while a write is in flight", async () => {
    const gate = deferred();
    const calls: number[][] = [];
    const write = groupCommit<number, void>(async (rows) => {
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
    const write = groupCommit<number, void>(async (rows) => {
      calls.push(rows);
      if (calls.length === 1) await gate.promise;
    }, 3);
    const all = [write([0]), write([1, 2]), write([3, 4]), write([5])];
    gate.resolve();
    await Promise.all(all);
    expect(calls).toEqual([[0], [1, 2], [3, 4, 5]]);
  });

  it("fails only the request whose rows fail when a batch is refused, and still writes the others", async () => {
    const gate = deferred();
    const calls: string[][] = [];
    const written: string[] = [];
    const write = groupCommit<string, string[]>(async (rows) => {
      calls.push(rows);
      if (written.length === 0 && rows[0] === "a") await gate.promise;
      if (rows.includes("bad")) throw new Error("foreign key");
      written.push(...rows);
      return rows;
    }, 100);
    const opening = write(["a"]);
    const good = write(["b"]);
    const bad = write(["bad"]);
    gate.resolve();
    await opening;
    await expect(good).resolves.toEqual(["b"]);
    await expect(bad).rejects.toThrow("foreign key");
    // The refused batch is tried again request by request: the good row is written on its own.
    expect(calls).toEqual([["a"], ["b", "bad"], ["b"], ["bad"]]);
    expect(written).toEqual(["a", "b"]);
  });

  it("hands every request the result of the insert that wrote its rows", async () => {
    const gate = deferred();
    const write = groupCommit<number, number[]>(async (rows) => {
      if (rows[0] === 1) await gate.promise;
      return rows.map((row) => row * 10);
    }, 100);
    const first = write([1]);
    const second = write([2]);
    const third = write([3]);
    gate.resolve();
    expect(await first).toEqual([10]);
    expect(await second).toEqual([20, 30]);
    expect(await third).toEqual([20, 30]);
  });
});

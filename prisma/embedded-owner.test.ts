import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { claimEmbeddedDatabase, EmbeddedDatabaseBusyError, ownerLockPath } from "@/prisma/embedded-owner.mjs";

const ownerModule = path.resolve("prisma/embedded-owner.mjs");
const releases: (() => void)[] = [];
afterEach(() => releases.splice(0).forEach((release) => release()));

function freshDir() {
  return path.join(mkdtempSync(path.join(tmpdir(), "tradeoff-owner-")), "pglite");
}

/** A node process that claims `dir` (at `at`, a time in ms), says "owner" or "busy: …", and holds it for `holdMs`. */
function claimInChild(dir: string, holdMs: number, at = 0) {
  const child = spawn(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import { claimEmbeddedDatabase } from ${JSON.stringify(ownerModule)};
       while (Date.now() < ${at}) {}
       try { claimEmbeddedDatabase(${JSON.stringify(dir)}); console.log("owner"); }
       catch (error) { console.log("busy: " + error.message); }
       setTimeout(() => {}, ${holdMs});`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const said = new Promise<string>((resolve) =>
    child.stdout.once("data", (data: Buffer) => resolve(data.toString().trim())),
  );
  return { child, said, exited: new Promise((resolve) => child.once("exit", resolve)) };
}

/** The pid of a process that has already ended. */
function deadPid(): number {
  const result = spawnSync(process.execPath, ["-e", "console.log(process.pid)"]);
  return Number(result.stdout.toString());
}

describe("one owner per embedded database folder", () => {
  it("names the owning process in a lock beside the folder, allows the owner again, and releases", () => {
    const dir = freshDir();
    releases.push(claimEmbeddedDatabase(dir));
    const owner = JSON.parse(readFileSync(ownerLockPath(dir), "utf8"));
    expect(owner).toMatchObject({ pid: process.pid, host: hostname() });
    expect(() => releases.push(claimEmbeddedDatabase(dir))).not.toThrow();
    releases.splice(0).forEach((release) => release());
    expect(existsSync(ownerLockPath(dir))).toBe(false);
  });

  it("refuses a second process while the owner runs, with one line naming the owner and what to do", async () => {
    const dir = freshDir();
    const holder = claimInChild(dir, 10_000);
    expect(await holder.said).toBe("owner");
    let refusal: unknown;
    try {
      claimEmbeddedDatabase(dir);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(EmbeddedDatabaseBusyError);
    const message = (refusal as Error).message;
    expect(message).toContain(`in use by process ${holder.child.pid}`);
    expect(message).toContain("Stop that process and run this command again");
    expect(message).not.toContain("\n");
    holder.child.kill();
    await holder.exited;
  });

  it("recovers a lock left by a process that has ended", () => {
    const dir = freshDir();
    const stale = { pid: deadPid(), host: hostname(), start: null, command: "npm run start", since: "", token: "t" };
    writeFileSync(ownerLockPath(dir), JSON.stringify(stale));
    releases.push(claimEmbeddedDatabase(dir));
    expect(JSON.parse(readFileSync(ownerLockPath(dir), "utf8")).pid).toBe(process.pid);
  });

  it("recovers a lock whose pid now belongs to a process started at another time", () => {
    const dir = freshDir();
    // The parent process is alive, but it is not the process that wrote this lock.
    const reused = { pid: process.ppid, host: hostname(), start: "1", command: "npm run start", since: "", token: "t" };
    writeFileSync(ownerLockPath(dir), JSON.stringify(reused));
    releases.push(claimEmbeddedDatabase(dir));
    expect(JSON.parse(readFileSync(ownerLockPath(dir), "utf8")).pid).toBe(process.pid);
  });

  it("lets exactly one of eight processes clear a stale lock and own the folder", async () => {
    const dir = freshDir();
    const stale = { pid: deadPid(), host: hostname(), start: null, command: "npm run start", since: "", token: "t" };
    writeFileSync(ownerLockPath(dir), JSON.stringify(stale));
    // All eight start the claim at the same moment, so they find the stale lock together.
    const at = Date.now() + 1_500;
    const children = Array.from({ length: 8 }, () => claimInChild(dir, 3_000, at));
    const said = await Promise.all(children.map((child) => child.said));
    expect(said.filter((line) => line === "owner")).toHaveLength(1);
    expect(said.filter((line) => line.startsWith("busy: "))).toHaveLength(7);
    children.forEach(({ child }) => child.kill());
    await Promise.all(children.map((child) => child.exited));
  });
});

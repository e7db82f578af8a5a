// One owner for the embedded database. PGlite is PostgreSQL compiled to
// WebAssembly: a process that opens a data folder keeps its own copy of the
// buffers and the write-ahead log, so a second process writing the same folder
// (a seed or a migration while the server runs) silently loses one side's
// writes. Whoever opens the folder first holds a lock file beside it, naming
// its process; any other process stops at once with one line saying who holds
// it. A lock left by a crashed process is recognised (its process is gone, or
// its pid now belongs to a process started at another time) and cleared under
// a second, short-lived lock, so two processes cannot both clear it and both
// believe they own the folder.
import { randomUUID } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

export class EmbeddedDatabaseBusyError extends Error {
  name = "EmbeddedDatabaseBusyError";
}

/** The lock file of a data folder: beside it, because the folder's contents belong to PostgreSQL. */
export function ownerLockPath(dir) {
  return `${path.resolve(dir)}.lock`;
}

/** This process's start time in clock ticks since boot (Linux), to tell a reused pid from the owner. */
function processStartTicks(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may hold spaces; starttime is field 22.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function describeProcess() {
  const script = process.env.npm_lifecycle_event;
  return script ? `npm run ${script}` : `node ${path.basename(process.argv[1] ?? "")}`.trim();
}

/** @returns {{ pid: number, host: string, start: string | null, command: string, since: string, token: string } | null} */
function readOwner(lockPath) {
  try {
    const owner = JSON.parse(readFileSync(lockPath, "utf8"));
    return typeof owner?.pid === "number" && typeof owner.token === "string" ? owner : null;
  } catch {
    return null;
  }
}

/** Whether the process named in a lock still runs. On another host we cannot tell, so we assume it does. */
export function ownerIsAlive(owner) {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if (error.code !== "EPERM") return false;
  }
  const start = processStartTicks(owner.pid);
  return !(owner.start && start && owner.start !== start);
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Creates the lock with its whole content in one step (link fails if it exists), so no reader sees it half written. */
function tryCreate(lockPath, owner) {
  const temporary = `${lockPath}.${process.pid}.${owner.token}`;
  writeFileSync(temporary, JSON.stringify(owner));
  try {
    linkSync(temporary, lockPath);
    return true;
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}

const TAKEOVER_STALE_MS = 10_000;

/** Removes a dead owner's lock, unless someone replaced it meanwhile. Only one process clears at a time. */
function clearStale(lockPath, stale) {
  const takeover = `${lockPath}.takeover`;
  try {
    writeFileSync(takeover, String(process.pid), { flag: "wx" });
  } catch (error) {
    if (error.code !== "EEXIST") throw error;
    // Another process is clearing it right now (a few microseconds), or crashed while doing so.
    try {
      if (Date.now() - statSync(takeover).mtimeMs > TAKEOVER_STALE_MS) unlinkSync(takeover);
    } catch {
      // gone already
    }
    sleep(20);
    return;
  }
  try {
    if (readOwner(lockPath)?.token === stale?.token) unlinkSync(lockPath);
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  } finally {
    unlinkSync(takeover);
  }
}

function busyMessage(dir, owner) {
  const since = owner.since ? `, since ${owner.since.replace("T", " ").slice(0, 16)} UTC` : "";
  const where = owner.host === hostname() ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`;
  const relative = path.relative(process.cwd(), dir);
  const shown = relative && !relative.startsWith("..") ? relative : dir;
  return (
    `The embedded database in ${shown} is in use by ${where} (${owner.command}${since}). ` +
    "Stop that process and run this command again, or set DATABASE_URL to use PostgreSQL."
  );
}

/**
 * Locks this process holds, by lock path, with their tokens. On globalThis:
 * Next bundles this module into more than one server bundle, and all of them
 * are the same owner.
 */
const shared = (globalThis.__tradeoffEmbeddedOwner ??= { held: new Map(), exitHookInstalled: false });
const held = shared.held;

function releaseLock(lockPath) {
  const token = held.get(lockPath);
  if (!token) return;
  held.delete(lockPath);
  try {
    if (readOwner(lockPath)?.token === token) unlinkSync(lockPath);
  } catch {
    // already removed
  }
}

/**
 * Makes this process the owner of an embedded database folder, or throws
 * EmbeddedDatabaseBusyError with a one-line message naming the owner. Taking
 * it again in the same process is allowed. The lock is released by the
 * returned function, or when the process exits.
 * @param {string} dir
 * @returns {() => void}
 */
export function claimEmbeddedDatabase(dir) {
  const lockPath = ownerLockPath(dir);
  if (held.has(lockPath)) return () => {};
  mkdirSync(path.dirname(lockPath), { recursive: true });
  const me = {
    pid: process.pid,
    host: hostname(),
    start: processStartTicks(process.pid),
    command: describeProcess(),
    since: new Date().toISOString(),
    token: randomUUID(),
  };
  for (let attempt = 0; attempt < 20; attempt++) {
    if (tryCreate(lockPath, me)) {
      held.set(lockPath, me.token);
      if (!shared.exitHookInstalled) {
        shared.exitHookInstalled = true;
        process.once("exit", () => [...held.keys()].forEach(releaseLock));
      }
      return () => releaseLock(lockPath);
    }
    const owner = readOwner(lockPath);
    if (owner?.pid === me.pid && owner.host === me.host && owner.start === me.start) return () => {};
    // Unreadable: being written by a tool that does not link, or corrupt. Give it a moment, then treat it as stale.
    if (!owner && attempt < 3) {
      sleep(50);
      continue;
    }
    if (owner && ownerIsAlive(owner)) throw new EmbeddedDatabaseBusyError(busyMessage(dir, owner));
    clearStale(lockPath, owner);
  }
  throw new EmbeddedDatabaseBusyError(`Could not take the lock ${lockPath}: it keeps changing hands. Try again.`);
}

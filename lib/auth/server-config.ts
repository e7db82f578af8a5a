import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env.mjs";

const LOCAL_SECRET_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "auth-secret");

/**
 * next-auth signs session tokens with NEXTAUTH_SECRET. A single instance on
 * the embedded database may go without one: a random secret is created once
 * and kept in .data/ (git-ignored), so sessions survive restarts. Instances
 * sharing PostgreSQL in production must all use the same configured secret,
 * so there it is required.
 */
function ensureAuthSecret(): void {
  if (env.NEXTAUTH_SECRET) return;
  if (env.DATABASE_URL && env.NODE_ENV === "production") {
    throw new Error(
      "NEXTAUTH_SECRET is not set. With DATABASE_URL in production every instance must share one secret: set NEXTAUTH_SECRET (e.g. `openssl rand -base64 32`).",
    );
  }
  if (!existsSync(LOCAL_SECRET_FILE)) {
    mkdirSync(path.dirname(LOCAL_SECRET_FILE), { recursive: true });
    try {
      writeFileSync(LOCAL_SECRET_FILE, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  process.env.NEXTAUTH_SECRET = readFileSync(LOCAL_SECRET_FILE, "utf8").trim();
}

/**
 * next-auth builds its callback URLs from NEXTAUTH_URL. Left unset, the app
 * says where it actually listens instead of letting next-auth guess (and warn).
 */
function ensureAuthUrl(): void {
  if (!env.NEXTAUTH_URL) process.env.NEXTAUTH_URL = `http://localhost:${process.env.PORT ?? 3000}`;
}

/** Called once at server start-up (instrumentation.ts). */
export function prepareAuthEnvironment(): void {
  ensureAuthSecret();
  ensureAuthUrl();
}

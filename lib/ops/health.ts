import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseKind } from "@/prisma/database-target.mjs";

export type Health = { status: "ok" | "unavailable"; database: { kind: string; up: boolean; latencyMs: number } };

/** Asks the database a trivial question, with a deadline so a hung connection reads as "down". */
export async function checkHealth({
  prisma = getPrisma(),
  timeoutMs = 3000,
}: { prisma?: PrismaClient; timeoutMs?: number } = {}): Promise<Health> {
  const started = performance.now();
  let up = false;
  try {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("database health check timed out")), timeoutMs);
    });
    await Promise.race([prisma.$queryRaw`SELECT 1`, deadline]).finally(() => clearTimeout(timer));
    up = true;
  } catch {
    up = false;
  }
  const latencyMs = Math.round(performance.now() - started);
  return { status: up ? "ok" : "unavailable", database: { kind: databaseKind(), up, latencyMs } };
}

import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { checkHealth } from "@/lib/ops/health";

describe("checkHealth", () => {
  it("reports ok when the database answers", async () => {
    const health = await checkHealth();
    expect(health.status).toBe("ok");
    expect(health.database.up).toBe(true);
    expect(health.database.kind).toBe(process.env.DATABASE_URL ? "postgresql" : "pglite");
  });

  it("reports unavailable, quickly, when the database cannot be reached", async () => {
    // Port 9 (discard) on loopback: nothing listens, so the connection is refused.
    const unreachable = new PrismaClient({
      adapter: new PrismaPg({ connectionString: "postgresql://nobody@127.0.0.1:9/none" }),
    });
    const health = await checkHealth({ prisma: unreachable, timeoutMs: 2000 });
    expect(health.status).toBe("unavailable");
    expect(health.database.up).toBe(false);
    expect(health.database.latencyMs).toBeLessThan(2500);
  });
});

import { checkHealth } from "@/lib/ops/health";
import { requestLogger } from "@/lib/log/request-logger";

export const dynamic = "force-dynamic";

/** For load balancers and uptime checks: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const health = await checkHealth();
  if (health.status !== "ok") (await requestLogger()).error({ health }, "health check failed");
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}

import "server-only";
import { headers } from "next/headers";
import { REQUEST_ID_HEADER, resolveRequestId } from "@/lib/log/request-id";
import { logger } from "@/lib/log/logger";

/**
 * A logger bound to the current request's id, for server actions and route
 * handlers: the id proxy.ts assigned, or a new one where the proxy does not run.
 */
export async function requestLogger() {
  const requestId = resolveRequestId((await headers()).get(REQUEST_ID_HEADER));
  return logger.child({ requestId });
}

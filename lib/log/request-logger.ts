import "server-only";
import { headers } from "next/headers";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id";
import { logger } from "@/lib/log/logger";

/** A logger bound to the current request's id (set by proxy.ts), for server actions and route handlers. */
export async function requestLogger() {
  const requestId = (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  return logger.child({ requestId });
}

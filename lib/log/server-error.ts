import "server-only";
import type { Instrumentation } from "next";
import type { Logger } from "pino";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id";

type ErrorArgs = Parameters<Instrumentation.onRequestError>;

/**
 * Logs an uncaught server error as one JSON line carrying the request id and
 * the digest the user sees on the error page, so the two can be matched.
 */
export function logServerError(log: Logger, [error, request, context]: ErrorArgs): void {
  const header = request.headers[REQUEST_ID_HEADER];
  log.error(
    {
      err: error,
      digest: (error as { digest?: string }).digest,
      requestId: Array.isArray(header) ? header[0] : header,
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
    },
    "unhandled server error",
  );
}

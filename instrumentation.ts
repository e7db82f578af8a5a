import type { Instrumentation } from "next";

/** Runs once when a server process starts (never during `next build`). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { ensureAuthSecret } = await import("@/lib/auth/secret");
  ensureAuthSecret();
}

/** Every uncaught server error, logged as one JSON line with the request id; users only see the error page. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("@/lib/log/logger");
  const { REQUEST_ID_HEADER } = await import("@/lib/log/request-id");
  const header = request.headers[REQUEST_ID_HEADER];
  logger.error(
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
};

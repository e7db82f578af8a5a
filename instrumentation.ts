import type { Instrumentation } from "next";

/** Runs once when a server process starts (never during `next build`). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareAuthEnvironment } = await import("@/lib/auth/server-config");
  prepareAuthEnvironment();
  // The serving process owns the embedded database from the start, so a seed or a
  // migration run meanwhile is refused instead of writing behind its back.
  const { openDatabaseAtStart } = await import("@/lib/db/client");
  openDatabaseAtStart();
}

/** Every uncaught server error goes to the log; users only ever see the error page. */
export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ logger }, { logServerError }] = await Promise.all([
    import("@/lib/log/logger"),
    import("@/lib/log/server-error"),
  ]);
  logServerError(logger, args);
};

import "server-only";
import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "@/lib/env.mjs";

/**
 * Structured JSON logs, one object per line, so any log shipper can index
 * them. Secrets are redacted wherever they appear in a logged object.
 */
export function createLogger(destination?: DestinationStream): Logger {
  const options = {
    level: env.LOG_LEVEL,
    base: { service: "tradeoff" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ["password", "passwordHash", "*.password", "*.passwordHash", "headers.cookie", "headers.authorization"],
      censor: "[redacted]",
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The process-wide logger, writing to stdout. */
export const logger = createLogger();

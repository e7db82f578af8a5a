import "server-only";
import pino from "pino";
import { env } from "@/lib/env.mjs";

/**
 * Structured JSON logs on stdout, one object per line, so any log shipper can
 * index them. Secrets are redacted wherever they appear in a logged object.
 */
export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: "tradeoff" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: ["password", "passwordHash", "*.password", "*.passwordHash", "headers.cookie", "headers.authorization"],
    censor: "[redacted]",
  },
});

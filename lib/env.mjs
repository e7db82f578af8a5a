// Environment variables, validated once with zod. next.config.mjs imports this
// file, so a malformed value fails `next build` and `next start` with a clear
// message instead of surfacing later as a 500.
import { z } from "zod";

const optional = (schema) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")),
    PGLITE_DIR: optional(z.string()),
    NEXTAUTH_URL: optional(z.url("must be the app's public URL, e.g. https://tradeoff.example.com")),
    NEXTAUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)")),
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    // Browser tests only: lets a request's cookie set "now" (lib/time/request-now.ts). Never set it in production.
    TRADEOFF_TEST_CLOCK: optional(z.enum(["1"], "must be 1 (browser tests only) or unset")),
    // Optional mail server, so users can ask for a password reset link themselves (README, "Email").
    SMTP_URL: optional(
      z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL, e.g. smtps://user:pass@mail.example.com"),
    ),
    SMTP_FROM: optional(z.string().min(3)),
  })
  .refine((value) => !value.SMTP_URL || value.NEXTAUTH_URL, {
    // Links in emails are built from the configured address, never from a request's Host header.
    message: "NEXTAUTH_URL must be set when SMTP_URL is: reset emails link to it",
    path: ["NEXTAUTH_URL"],
  });

/**
 * @param {Record<string, string | undefined>} [source]
 * @returns {z.infer<typeof schema>}
 */
export function readEnv(source = process.env) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env = readEnv();

import { env } from "@/lib/env.mjs";

/**
 * The client's address, for per-IP rate limits.
 *
 * `next start` fills X-Forwarded-For with the socket address only when the
 * header is absent. Behind N trusted proxies (TRUSTED_PROXY_HOPS=N) each proxy
 * appends the address it saw, so the entry N places from the end is the one
 * the outermost trusted proxy recorded; anything before it is client-supplied.
 */
export function clientIp(forwardedFor: string | null | undefined, hops = env.TRUSTED_PROXY_HOPS): string {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (chain.length === 0) return "unknown";
  const index = Math.max(chain.length - Math.max(hops, 1), 0);
  return chain[index] ?? "unknown";
}

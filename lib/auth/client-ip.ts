import { CLIENT_ADDRESS_HEADER } from "@/lib/ops/client-address.mjs";
import { logger } from "@/lib/log/logger";

let warned = false;

/**
 * The client's address, for per-IP rate limits, as the server that owns the
 * socket decided it (lib/ops/serve.mjs, from the socket and
 * TRUSTED_PROXY_HOPS). Request headers alone cannot be trusted for this: a
 * client writes its own. Under a server that does not set the address (plain
 * `next start` or `next dev`) every client shares one bucket, which is safe,
 * and a warning says so once.
 */
export function clientIp(header: (name: string) => string | null | undefined): string {
  if (process.env.TRADEOFF_CLIENT_ADDRESS !== "server") {
    if (!warned) {
      warned = true;
      logger.warn("per-IP limits see no client address: start the app with `npm start` (lib/ops/serve.mjs)");
    }
    return "unknown";
  }
  return header(CLIENT_ADDRESS_HEADER) || "unknown";
}

// Which address a request came from, for per-IP rate limits. Decided by the
// server that owns the socket (lib/ops/serve.mjs), never by the request:
//
//   TRUSTED_PROXY_HOPS=0   the socket's address, whatever X-Forwarded-For says
//                          (a client can put anything in that header);
//   TRUSTED_PROXY_HOPS=N   the Nth X-Forwarded-For entry from the right: each of
//                          the N proxies appends the address it saw, so that
//                          entry is the one the outermost trusted proxy recorded
//                          and everything left of it is the client's own claim.

/** The header the server sets for the app; any value a client sends in it is replaced. */
export const CLIENT_ADDRESS_HEADER = "x-tradeoff-client-address";

/**
 * @param {{ socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number }} request
 * @returns {string}
 */
export function clientAddress({ socketAddress, forwardedFor, hops }) {
  const socket = (socketAddress ?? "").replace(/^::ffff:/, "") || "unknown";
  if (hops <= 0) return socket;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request did not come through all of them; the
  // leftmost entry is the best the proxies that did see it can say.
  return chain[Math.max(chain.length - hops, 0)] ?? socket;
}

import type { Span } from "@/lib/observability/trace";

/**
 * The TraceWaterfall's built-in traces: invented, but shaped like real ones
 * from a shop. Times are ms since the request reached the first service.
 */
export type BuiltInTrace = {
  id: "checkout" | "search" | "feed";
  title: string;
  summary: string;
  spans: readonly Span[];
};

export const CHECKOUT_TRACE: BuiltInTrace = {
  id: "checkout",
  title: "POST /checkout",
  summary:
    "Checkout verifies the token, reads the cart, then reserves stock, prices the order and scores it for fraud, one after another, before it authorizes the card.",
  spans: [
    { id: "gateway", parent: null, service: "api-gateway", name: "POST /checkout", start: 0, end: 480 },
    { id: "orders", parent: "gateway", service: "checkout", name: "POST /orders", start: 5, end: 475, needs: [] },
    { id: "auth", parent: "orders", service: "auth", name: "verify token", start: 10, end: 30, needs: [] },
    { id: "cart", parent: "orders", service: "cart", name: "GET /carts/{id}", start: 32, end: 92, needs: ["auth"] },
    {
      id: "inventory",
      parent: "orders",
      service: "inventory",
      name: "POST /reservations",
      start: 95,
      end: 215,
      needs: ["cart"],
    },
    {
      id: "pricing",
      parent: "orders",
      service: "pricing",
      name: "POST /quotes",
      start: 217,
      end: 297,
      needs: ["cart"],
    },
    { id: "fraud", parent: "orders", service: "fraud", name: "POST /scores", start: 300, end: 400, needs: ["cart"] },
    {
      id: "pay-call",
      parent: "orders",
      service: "checkout",
      name: "call payments: POST /authorize",
      start: 405,
      end: 465,
      needs: ["inventory", "pricing", "fraud"],
    },
    { id: "payments", parent: "pay-call", service: "payments", name: "POST /authorize", start: 412, end: 458 },
    {
      id: "card-network",
      parent: "payments",
      service: "payments",
      name: "call card network: authorize",
      start: 415,
      end: 455,
    },
  ],
};

export const SEARCH_TRACE: BuiltInTrace = {
  id: "search",
  title: "GET /search?q=beans",
  summary:
    "Search verifies the token, queries Elasticsearch, then fetches product details and ratings for the hits at the same time.",
  spans: [
    { id: "search-api", parent: null, service: "search-api", name: "GET /search", start: 0, end: 350 },
    { id: "auth", parent: "search-api", service: "auth", name: "verify token", start: 5, end: 20, needs: [] },
    {
      id: "es-query",
      parent: "search-api",
      service: "search-api",
      name: "call Elasticsearch: POST /products/_search",
      start: 25,
      end: 105,
      needs: ["auth"],
    },
    {
      id: "details",
      parent: "search-api",
      service: "catalog",
      name: "GET /products?ids=…",
      start: 265,
      end: 335,
      needs: ["es-query"],
    },
    {
      id: "ratings",
      parent: "search-api",
      service: "reviews",
      name: "GET /ratings?ids=…",
      start: 268,
      end: 300,
      needs: ["es-query"],
    },
  ],
};

export const FEED_TRACE: BuiltInTrace = {
  id: "feed",
  title: "GET /feed",
  summary:
    "The feed reads the user's timeline, then fetches the profile of each of the five authors on it, one request per author, one after another.",
  spans: [
    { id: "feed-api", parent: null, service: "feed-api", name: "GET /feed", start: 0, end: 200 },
    {
      id: "timeline",
      parent: "feed-api",
      service: "timeline",
      name: "GET /timelines/{user}",
      start: 4,
      end: 24,
      needs: [],
    },
    ...[1, 2, 3, 4, 5].map((n) => ({
      id: `profile-${n}`,
      parent: "feed-api",
      service: "profiles",
      name: `GET /users/{author ${n}}`,
      start: 26 + (n - 1) * 32,
      end: 56 + (n - 1) * 32,
      needs: ["timeline"],
    })),
  ],
};

export const TRACES: readonly BuiltInTrace[] = [CHECKOUT_TRACE, SEARCH_TRACE, FEED_TRACE];

export function traceById(id: BuiltInTrace["id"]): BuiltInTrace {
  return TRACES.find((trace) => trace.id === id)!;
}

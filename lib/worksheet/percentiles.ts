/**
 * The latency percentiles a worksheet's bounds may name. Its own file so the
 * document helpers and the document's schema both read it without importing
 * each other.
 */
export const PERCENTILES = ["p50", "p90", "p95", "p99", "p99.9"] as const;

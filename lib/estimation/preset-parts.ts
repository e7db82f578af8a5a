import type { Feature, FunnelInputs } from "@/lib/estimation/funnel";

/**
 * Worked examples the estimator opens with. Each states the figures the
 * reference material gives, and the tests check the funnel reproduces them.
 * Inputs marked as ours are assumptions the material does not state.
 */
export type Preset = {
  id: string;
  title: string;
  description: string;
  inputs: FunnelInputs;
  /** What the reference material says the estimate yields, shown beside the results. */
  reference: string[];
};

/** Chapter 2's single-machine limits: 1–2k QPS per app server, about 5k writes/s on one database primary. */
export const DEFAULT_LIMITS = { appServerQps: 2_000, dbPrimaryWriteQps: 5_000 };

/** A feature with the byte sizes it does not state set to 0. */
export const feature = (
  spec: Omit<Feature, "requestBytes" | "responseBytes" | "storedBytes"> & Partial<Feature>,
): Feature => ({
  requestBytes: 0,
  responseBytes: 0,
  storedBytes: 0,
  ...spec,
});

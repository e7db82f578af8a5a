"use client";

import { simulatorBlock } from "@/components/lessons/blocks/simulator-frame";

/**
 * The simulators that save predictions, by the name written in MDX: how to
 * load each one (their answer schemas are in lib/lessons/blocks/index.ts, their
 * ids, titles and lessons in lib/simulators/catalog.ts).
 */
const SIMULATOR_BLOCKS: Record<string, ReturnType<typeof simulatorBlock>> = {
  ConsistentHashRing: simulatorBlock("ConsistentHashRing", () =>
    import("@/components/simulators/sharding/consistent-hash-ring").then((m) => m.ConsistentHashRing),
  ),
  ShardKeyChooser: simulatorBlock("ShardKeyChooser", () =>
    import("@/components/simulators/sharding/shard-key-chooser").then((m) => m.ShardKeyChooser),
  ),
  PushPullTimeline: simulatorBlock("PushPullTimeline", () =>
    import("@/components/simulators/realtime/push-pull-timeline").then((m) => m.PushPullTimeline),
  ),
  MemoryHierarchy: simulatorBlock("MemoryHierarchy", () =>
    import("@/components/simulators/caching/memory-hierarchy").then((m) => m.MemoryHierarchy),
  ),
  CacheEvictionLab: simulatorBlock("CacheEvictionLab", () =>
    import("@/components/simulators/caching/cache-eviction-lab").then((m) => m.CacheEvictionLab),
  ),
  StampedeSimulator: simulatorBlock("StampedeSimulator", () =>
    import("@/components/simulators/caching/stampede-simulator").then((m) => m.StampedeSimulator),
  ),
  LoadBalancerSim: simulatorBlock("LoadBalancerSim", () =>
    import("@/components/simulators/queues/load-balancer-sim").then((m) => m.LoadBalancerSim),
  ),
  ConsumerLagDLQ: simulatorBlock("ConsumerLagDLQ", () =>
    import("@/components/simulators/queues/consumer-lag-dlq").then((m) => m.ConsumerLagDLQ),
  ),
  OutboxFailureGame: simulatorBlock("OutboxFailureGame", () =>
    import("@/components/simulators/outbox/outbox-failure-game").then((m) => m.OutboxFailureGame),
  ),
  HotKeyMitigator: simulatorBlock("HotKeyMitigator", () =>
    import("@/components/simulators/hot-spots/hot-key-mitigator").then((m) => m.HotKeyMitigator),
  ),
  PartitionKeyDesigner: simulatorBlock("PartitionKeyDesigner", () =>
    import("@/components/simulators/data/partition-key-designer").then((m) => m.PartitionKeyDesigner),
  ),
  CircuitBreakerSim: simulatorBlock("CircuitBreakerSim", () =>
    import("@/components/simulators/resilience/circuit-breaker-sim").then((m) => m.CircuitBreakerSim),
  ),
  BackoffJitterPlot: simulatorBlock("BackoffJitterPlot", () =>
    import("@/components/simulators/resilience/backoff-jitter-plot").then((m) => m.BackoffJitterPlot),
  ),
  LostMessageSim: simulatorBlock("LostMessageSim", () =>
    import("@/components/simulators/idempotency/lost-message-sim").then((m) => m.LostMessageSim),
  ),
  RateLimiterLab: simulatorBlock("RateLimiterLab", () =>
    import("@/components/simulators/rate-limiting/rate-limiter-lab").then((m) => m.RateLimiterLab),
  ),
  SagaSimulator: simulatorBlock("SagaSimulator", () =>
    import("@/components/simulators/sagas/saga-simulator").then((m) => m.SagaSimulator),
  ),
  ExpandContractPlanner: simulatorBlock("ExpandContractPlanner", () =>
    import("@/components/simulators/migrations/expand-contract-planner").then((m) => m.ExpandContractPlanner),
  ),
  SloCalculator: simulatorBlock("SloCalculator", () =>
    import("@/components/simulators/observability/slo-calculator").then((m) => m.SloCalculator),
  ),
  TraceWaterfall: simulatorBlock("TraceWaterfall", () =>
    import("@/components/simulators/observability/trace-waterfall").then((m) => m.TraceWaterfall),
  ),
  JwtInspector: simulatorBlock("JwtInspector", () =>
    import("@/components/simulators/security/jwt-inspector").then((m) => m.JwtInspector),
  ),
  GeoCellExplorer: simulatorBlock("GeoCellExplorer", () =>
    import("@/components/simulators/geo/geo-cell-explorer").then((m) => m.GeoCellExplorer),
  ),
  JobPipelineSim: simulatorBlock("JobPipelineSim", () =>
    import("@/components/simulators/jobs/job-pipeline-sim").then((m) => m.JobPipelineSim),
  ),
  FanoutCalculator: simulatorBlock("FanoutCalculator", () =>
    import("@/components/simulators/feeds/fanout-calculator").then((m) => m.FanoutCalculator),
  ),
  KeyspaceCalculator: simulatorBlock("KeyspaceCalculator", () =>
    import("@/components/simulators/keyspace/keyspace-calculator").then((m) => m.KeyspaceCalculator),
  ),
};

/** Their names, for the registry's tests (a server component cannot read this client module's values). */
export const SIMULATOR_BLOCK_NAMES = Object.keys(SIMULATOR_BLOCKS);

/**
 * One simulator by its block name: what lessons (through the MDX registry)
 * and the /practice/simulators pages render.
 */
export function SimulatorBlock({ block, id }: { block: string; id?: unknown }) {
  const Simulator = SIMULATOR_BLOCKS[block];
  return Simulator ? <Simulator id={id} /> : null;
}

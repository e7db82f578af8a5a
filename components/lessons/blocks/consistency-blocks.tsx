"use client";

import dynamic from "next/dynamic";
import { SimulatorFrame } from "@/components/lessons/blocks/simulator-frame";

// Loaded only in lessons that use them.
const loading = () => <p className="text-muted">Loading the simulator…</p>;
const Partition = dynamic(
  () => import("@/components/consistency/partition-simulator").then((module) => module.PartitionSimulator),
  { loading },
);
const Quorum = dynamic(
  () => import("@/components/consistency/quorum-explorer").then((module) => module.QuorumExplorer),
  {
    loading,
  },
);
const Lag = dynamic(() => import("@/components/consistency/lag-timeline").then((module) => module.LagTimeline), {
  loading,
});

export const PartitionSimulator = () => (
  <SimulatorFrame kind="partition-simulator" title="Partition simulator">
    <Partition />
  </SimulatorFrame>
);
export const QuorumExplorer = () => (
  <SimulatorFrame kind="quorum-explorer" title="Quorum explorer">
    <Quorum />
  </SimulatorFrame>
);
export const LagTimeline = () => (
  <SimulatorFrame kind="lag-timeline" title="Replication lag">
    <Lag />
  </SimulatorFrame>
);

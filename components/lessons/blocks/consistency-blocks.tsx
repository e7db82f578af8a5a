"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import { WhenVisible } from "@/components/ui/when-visible";

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

function Frame({ kind, title, children }: { kind: string; title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="not-prose my-8 rounded-lg border border-border p-4 sm:p-5" data-block={kind}>
      <p className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">Simulator</p>
      <h3 className="mb-3 text-lg font-semibold">{title}</h3>
      <WhenVisible minHeight="24rem">{children}</WhenVisible>
    </section>
  );
}

export const PartitionSimulator = () => (
  <Frame kind="partition-simulator" title="Partition simulator">
    <Partition />
  </Frame>
);
export const QuorumExplorer = () => (
  <Frame kind="quorum-explorer" title="Quorum explorer">
    <Quorum />
  </Frame>
);
export const LagTimeline = () => (
  <Frame kind="lag-timeline" title="Replication lag">
    <Lag />
  </Frame>
);

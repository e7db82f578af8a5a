import type { Metadata } from "next";
import { QuorumExplorer } from "@/components/consistency/quorum-explorer";
import { SimulatorPage } from "@/components/consistency/simulator-page";

export const metadata: Metadata = { title: "Quorum explorer" };

export default function Page() {
  return (
    <SimulatorPage
      title="Quorum explorer"
      intro="How many replicas must acknowledge a write (W) and answer a read (R) so that reads never miss the latest write? Find out by trying to break it."
    >
      <QuorumExplorer />
    </SimulatorPage>
  );
}

import type { Metadata } from "next";
import { LagTimeline } from "@/components/consistency/lag-timeline";
import { SimulatorPage } from "@/components/consistency/simulator-page";

export const metadata: Metadata = { title: "Replication lag" };

export default function Page() {
  return (
    <SimulatorPage
      title="Replication lag"
      intro="A like written in one region reaches another region's replica a little later. Predict what a reader there sees, then try reading your own write with a version token."
    >
      <LagTimeline />
    </SimulatorPage>
  );
}

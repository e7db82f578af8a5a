import type { Metadata } from "next";
import { PartitionSimulator } from "@/components/consistency/partition-simulator";
import { SimulatorPage } from "@/components/consistency/simulator-page";

export const metadata: Metadata = { title: "Partition simulator" };

export default function Page() {
  return (
    <SimulatorPage
      title="Partition simulator"
      intro="Five replicas and a network you can cut. Choose how the system behaves during a partition, send reads and writes to either side, and predict each answer before it arrives."
    >
      <PartitionSimulator />
    </SimulatorPage>
  );
}

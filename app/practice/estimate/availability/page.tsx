import type { Metadata } from "next";
import { AvailabilityCalculator } from "@/components/practice/availability/availability-calculator";

export const metadata: Metadata = { title: "Availability calculator" };

export default function AvailabilityPage() {
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Availability calculator</h1>
        <p className="max-w-prose text-muted">
          Turn a target into a downtime budget and back, and see what redundancy and dependencies do to it.
        </p>
      </header>
      <AvailabilityCalculator />
    </div>
  );
}

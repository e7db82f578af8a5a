"use client";

import dynamic from "next/dynamic";
import { WhenVisible } from "@/components/ui/when-visible";

// Loaded when the reader scrolls to them (see WhenVisible).
const loading = () => <p className="text-muted">Loading…</p>;
const Estimator = dynamic(
  () => import("@/components/practice/estimator/estimator").then((module) => module.Estimator),
  {
    loading,
  },
);
const AvailabilityCalculator = dynamic(
  () =>
    import("@/components/practice/availability/availability-calculator").then(
      (module) => module.AvailabilityCalculator,
    ),
  { loading },
);

/** The estimator inside a lesson, opened on one of its worked examples. Nothing is kept. */
export function EstimatorBlock({ preset }: { preset: string }) {
  return (
    <div className="not-prose my-8 rounded-lg border border-border p-4 sm:p-5" data-block="estimator">
      <p className="mb-3 text-xs font-semibold tracking-wide text-muted uppercase">Estimator</p>
      <WhenVisible minHeight="40rem">
        <Estimator initialPresetId={preset} />
      </WhenVisible>
    </div>
  );
}

export function AvailabilityBlock() {
  return (
    <div className="not-prose my-8 rounded-lg border border-border p-4 sm:p-5" data-block="availability">
      <p className="mb-3 text-xs font-semibold tracking-wide text-muted uppercase">Availability calculator</p>
      <WhenVisible minHeight="30rem">
        <AvailabilityCalculator />
      </WhenVisible>
    </div>
  );
}

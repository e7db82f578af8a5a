import { AvailabilityCalculator } from "@/components/practice/availability/availability-calculator";
import { Estimator } from "@/components/practice/estimator/estimator";

/** The estimator inside a lesson, opened on one of its worked examples. Nothing is kept. */
export function EstimatorBlock({ preset }: { preset: string }) {
  return (
    <div className="not-prose my-8 rounded-lg border border-border p-4 sm:p-5" data-block="estimator">
      <p className="mb-3 text-xs font-semibold tracking-wide text-muted uppercase">Estimator</p>
      <Estimator initialPresetId={preset} />
    </div>
  );
}

export function AvailabilityBlock() {
  return (
    <div className="not-prose my-8 rounded-lg border border-border p-4 sm:p-5" data-block="availability">
      <p className="mb-3 text-xs font-semibold tracking-wide text-muted uppercase">Availability calculator</p>
      <AvailabilityCalculator />
    </div>
  );
}

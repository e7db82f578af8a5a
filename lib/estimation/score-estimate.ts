/**
 * Scores an estimate against a reference value the way an interviewer would:
 * close is what matters, not exact. Full credit within the tolerance (±10 % by
 * default), half credit within a factor of two, nothing beyond that, and an
 * explicit warning at an order of magnitude or more.
 */
export type EstimateScore = {
  score: number;
  correct: boolean;
  band: "within-tolerance" | "within-2x" | "off" | "order-of-magnitude";
  feedback: string;
};

export function scoreEstimate(value: number, expected: number, tolerance = 0.1): EstimateScore {
  if (!Number.isFinite(value) || value <= 0 || expected <= 0) {
    return { score: 0, correct: false, band: "off", feedback: "An estimate here must be a positive number." };
  }
  const ratio = value / expected;
  const factor = Math.max(ratio, 1 / ratio);
  const percent = Math.round(tolerance * 100);
  if (Math.abs(ratio - 1) <= tolerance + 1e-9) {
    return { score: 1, correct: true, band: "within-tolerance", feedback: `Within ±${percent}% of the reference.` };
  }
  if (factor <= 2) {
    const direction = ratio > 1 ? "high" : "low";
    return {
      score: 0.5,
      correct: false,
      band: "within-2x",
      feedback: `Close: within a factor of two, but ${direction}. Check a multiplier or a rounding step.`,
    };
  }
  if (factor >= 10) {
    const direction = ratio > 1 ? "too high" : "too low";
    return {
      score: 0,
      correct: false,
      band: "order-of-magnitude",
      feedback: `Off by an order of magnitude (${direction}, about ${formatFactor(factor)}×). Check the units and the seconds-per-day step.`,
    };
  }
  return {
    score: 0,
    correct: false,
    band: "off",
    feedback: `Off by about ${formatFactor(factor)}× (${ratio > 1 ? "too high" : "too low"}).`,
  };
}

function formatFactor(factor: number): string {
  return factor >= 100 ? factor.toExponential(0).replace("e+", "e") : factor.toFixed(factor < 10 ? 1 : 0);
}

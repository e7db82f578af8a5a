/** Callout kinds, with the label shown on each. */
export const CALLOUTS = {
  KeyInsight: "Key insight",
  Misconception: "Misconception",
  Analogy: "Analogy",
  Pitfall: "Pitfall",
  MentalModel: "Mental model",
  Pattern: "Pattern",
  Challenge: "Challenge",
  Investigate: "Investigate",
  FinalSynthesis: "Final synthesis",
} as const;

export type CalloutName = keyof typeof CALLOUTS;

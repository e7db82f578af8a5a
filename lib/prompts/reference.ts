/**
 * A prompt's reference answer: what the worksheet checks against (reference
 * V1 requirements with the words that count as covering them), the reference
 * actors, parking lot and non-functional requirements, scale assumptions for
 * the estimator, and an answer outline shown only after the candidate submits.
 *
 * Ride-sharing is the running example of the scoping and estimation chapters
 * and its reference comes from them. The other prompts have no worked answer
 * in our source material: their references are our own (`authored: true`),
 * and the UI says so.
 */
export type ReferenceRequirement = {
  id: string;
  text: string;
  /**
   * Ways of saying it. A requirement is covered when every word of any one
   * group starts a word of the learner's text ("match" also finds "matching").
   */
  synonyms: string[][];
};

/** A feature the reference leaves out of V1; `synonyms` as for requirements, read in the learner's parking lot. */
export type ReferenceParkedFeature = { feature: string; reason: string; synonyms: string[][] };

/**
 * A reference non-functional requirement; `synonyms` as for requirements, read
 * in the learner's NFR section. Each learner NFR is read with its section's
 * name in front ("availability 99.99", "latency show nearby drivers p99 500 ms",
 * "consistency ride state strong …", "durability …"; other NFRs as typed), so
 * a group may name the section: ["latency", "redirect"].
 */
export type ReferenceNfr = { text: string; synonyms: string[][] };

export type PromptReference = {
  actors: string[];
  referenceRequirements: ReferenceRequirement[];
  referenceParkingLot: ReferenceParkedFeature[];
  referenceNfrs: ReferenceNfr[];
  /** Average behaviour per daily active user, the estimator's starting point. */
  scale: { dau: number; readsPerUserPerDay: number; writesPerUserPerDay: number; note: string };
  answerOutline: { stage: string; points: string[] }[];
  source: string;
  authored: boolean;
};

/** Signing up and in, which most prompts need in V1. */
export const AUTH: ReferenceRequirement = {
  id: "auth",
  text: "Users sign up and sign in.",
  synonyms: [["sign", "up"], ["sign", "in"], ["log", "in"], ["login"], ["register"], ["auth"], ["account"]],
};

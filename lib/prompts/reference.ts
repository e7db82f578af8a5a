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

/** A decision that makes the system interesting, argued both ways. */
export type ReferenceDeepDive = {
  id: string;
  title: string;
  /** What the reference decides, in one or two sentences. */
  decision: string;
  /** Why, with the numbers that drive it. */
  forIt: string[];
  /** The case for the other way, and when it would win. */
  againstIt: string[];
};

/** What the candidate says in the last minutes: where it breaks and what comes next. */
export type ReferenceWrapUp = { bottlenecks: string[]; failureModes: string[]; monitoring: string[]; v2: string[] };

/** An interviewer's follow-up question and the reference's answer to it. */
export type ReferenceFollowUp = { question: string; answer: string };

/**
 * A worked answer, stage by stage: what a case-study lesson reveals after the
 * learner has done each stage, and what the mock interview shows after
 * submitting, from the same object.
 */
export type ReferenceAnswer = {
  /** The estimator preset (lib/estimation/presets*.ts) holding the reference estimate's inputs. */
  estimatePreset: string;
  /** The main components and why each is there, in the order the diagram reads. */
  design: string[];
  /** The reference diagram in Mermaid; it parses and passes the board checks (a test says so). */
  diagram: { title: string; source: string };
  deepDives: ReferenceDeepDive[];
  wrapUp: ReferenceWrapUp;
  followUps: ReferenceFollowUp[];
};

/** The stages of a full answer, in the order an interview reaches them. */
export const REFERENCE_PARTS = ["scope", "estimate", "design", "deep-dives", "wrap-up", "follow-ups"] as const;
export type ReferencePart = (typeof REFERENCE_PARTS)[number];

/** Each stage's heading in the interview's answer, and what a lesson's reveal button opens. */
export const REFERENCE_PART_NAMES: Record<ReferencePart, { title: string; reveal: string }> = {
  scope: { title: "Scope", reveal: "the reference scope" },
  estimate: { title: "Estimate", reveal: "the reference estimate, with every formula" },
  design: { title: "High-level design", reveal: "the reference design" },
  "deep-dives": { title: "Deep dives", reveal: "the reference decision, argued both ways" },
  "wrap-up": { title: "Wrap-up", reveal: "the reference wrap-up" },
  "follow-ups": { title: "Interviewer follow-ups", reveal: "the reference answers to these follow-ups" },
};

type ReferenceBase = {
  actors: string[];
  referenceRequirements: ReferenceRequirement[];
  referenceParkingLot: ReferenceParkedFeature[];
  referenceNfrs: ReferenceNfr[];
  /** Average behaviour per daily active user, the estimator's starting point. */
  scale: { dau: number; readsPerUserPerDay: number; writesPerUserPerDay: number; note: string };
  source: string;
  authored: boolean;
};

/**
 * A prompt's reference ends in either an outline (stage by stage, a few
 * points each) or, for the prompts a case study works through, the full answer.
 */
export type PromptReference = ReferenceBase &
  (
    | { answerOutline: { stage: string; points: string[] }[]; answer?: never }
    | { answer: ReferenceAnswer; answerOutline?: never }
  );

/** Signing up and in, which most prompts need in V1. */
export const AUTH: ReferenceRequirement = {
  id: "auth",
  text: "Users sign up and sign in.",
  synonyms: [["sign", "up"], ["sign", "in"], ["log", "in"], ["login"], ["register"], ["auth"], ["account"]],
};

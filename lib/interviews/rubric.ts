/**
 * The interview rubric (four axes, levels 1–4), the verdicts a mentor gives,
 * and the stages of a mock interview with their share of its length.
 */
export const RUBRIC = [
  {
    id: "problemNavigation",
    title: "Problem navigation",
    levels: [
      "Starts drawing without scoping; misses the core requirements.",
      "Asks some questions but leaves key requirements or scale unstated.",
      "Scopes V1, parks the rest with reasons and quantifies the main NFRs.",
      "Drives the session: sharp scope, numbers that steer every later choice, time well kept.",
    ],
  },
  {
    id: "solutionDesign",
    title: "Solution design",
    levels: [
      "No coherent end-to-end design.",
      "A working design with gaps on the critical path or its scaling.",
      "A sound design that meets the stated load, with the main bottleneck addressed.",
      "A design whose every component is justified by a requirement or a number, with alternatives weighed.",
    ],
  },
  {
    id: "technicalExcellence",
    title: "Technical excellence",
    levels: [
      "Misuses or misunderstands the components named.",
      "Correct at the surface; shaky under a deep-dive question.",
      "Solid depth on the deep dive: data model, consistency and failure handling.",
      "Expert depth: anticipates failure modes, quantifies trade-offs, knows the limits of each tool.",
    ],
  },
  {
    id: "communication",
    title: "Communication",
    levels: [
      "Hard to follow; the board and the words do not match.",
      "Understandable, but silent stretches or an unreadable board.",
      "Narrates clearly, states trade-offs, takes challenges well.",
      "Every decision stated as because/instead of/trade-off; challenges turned into collaboration.",
    ],
  },
] as const;

export type RubricAxis = (typeof RUBRIC)[number]["id"];
export const RUBRIC_AXES = RUBRIC.map((axis) => axis.id) as [RubricAxis, ...RubricAxis[]];

export const VERDICTS = [
  { id: "no-hire", label: "No hire" },
  { id: "lean-no", label: "Lean no" },
  { id: "lean-hire", label: "Lean hire" },
  { id: "hire", label: "Hire" },
  { id: "strong-hire", label: "Strong hire" },
] as const;
export type Verdict = (typeof VERDICTS)[number]["id"];
export const VERDICT_IDS = VERDICTS.map((verdict) => verdict.id) as [Verdict, ...Verdict[]];

export const STAGES = [
  { id: "scoping", title: "Scoping", share: 0.15 },
  { id: "estimation", title: "Estimation", share: 0.15 },
  { id: "high-level-design", title: "High-level design", share: 0.3 },
  { id: "deep-dive", title: "Deep dive", share: 0.25 },
  { id: "wrap-up", title: "Wrap-up", share: 0.15 },
] as const;
export type StageId = (typeof STAGES)[number]["id"];
export const STAGE_IDS = STAGES.map((stage) => stage.id) as [StageId, ...StageId[]];

export const LENGTHS = [15, 30, 45, 60] as const;

/** Each stage's time budget in seconds for an interview of `minutes`, summing to the whole. */
export function stageBudgets(minutes: number): Record<StageId, number> {
  return Object.fromEntries(STAGES.map((stage) => [stage.id, Math.round(minutes * 60 * stage.share)])) as Record<
    StageId,
    number
  >;
}

/** The average rubric score (1–4) of a set of axis scores. */
export function averageScore(scores: Partial<Record<RubricAxis, number>>): number | null {
  const values = RUBRIC_AXES.map((axis) => scores[axis]).filter((value): value is number => typeof value === "number");
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}

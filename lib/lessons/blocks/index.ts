import * as z from "@/lib/validations/zod";
import { CALLOUTS, type CalloutName } from "@/lib/lessons/blocks/callouts";
import { decisionAnswerProblem, scoreDecision } from "@/lib/lessons/blocks/decision-game";
import { drillAnswerProblem, scoreEstimationDrill } from "@/lib/lessons/blocks/estimation-drill";
import { matchingAnswerProblem, scoreMatching } from "@/lib/lessons/blocks/matching";
import { numericAnswerProblem, scoreNumeric } from "@/lib/lessons/blocks/numeric";
import { orderingAnswerProblem, scoreOrdering } from "@/lib/lessons/blocks/ordering";
import { predictionProblem, scorePrediction, type PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import { quizAnswerProblem, scoreQuiz } from "@/lib/lessons/blocks/quiz";
import { scoreReveal } from "@/lib/lessons/blocks/reveal";
import { scoreStepReveal, stepRevealAnswerProblem } from "@/lib/lessons/blocks/step-reveal";
import { scoreTableFill, tableFillAnswerProblem } from "@/lib/lessons/blocks/table-fill";
import { PUSH_PULL_SCENARIOS } from "@/lib/realtime/scenarios";
import { LOAD_BALANCER_SCENARIOS } from "@/lib/load-balancing/scenarios";
import { CONSUMER_LAG_SCENARIOS } from "@/lib/queues/scenarios";
import { CACHE_EVICTION_SCENARIOS } from "@/lib/caching/eviction";
import { MEMORY_HIERARCHY_SCENARIOS } from "@/lib/caching/memory-hierarchy";
import { STAMPEDE_SCENARIOS } from "@/lib/caching/stampede";
import { OUTBOX_SCENARIOS } from "@/lib/outbox/scenarios";
import { HOT_KEY_SCENARIOS } from "@/lib/hot-spots/scenarios";
import { PARTITION_KEY_SCENARIOS } from "@/lib/data-modelling/scenarios";
import { RING_SCENARIOS } from "@/lib/sharding/ring-scenarios";
import { SHARD_KEY_SCENARIOS } from "@/lib/sharding/shard-key-scenarios";
import { BREAKER_SCENARIOS } from "@/lib/resilience/breaker-scenarios";
import { BACKOFF_SCENARIOS } from "@/lib/resilience/backoff-scenarios";
import { LOST_MESSAGE_SCENARIOS } from "@/lib/idempotency/scenarios";
import { RATE_LIMITER_SCENARIOS } from "@/lib/rate-limiting/scenarios";
import { SAGA_SCENARIOS } from "@/lib/sagas/scenarios";
import { PLANNER_SCENARIOS } from "@/lib/migrations/scenarios";
import { SLO_SCENARIOS } from "@/lib/observability/slo-scenarios";
import { TRACE_SCENARIOS } from "@/lib/observability/trace-scenarios";
import { JWT_SCENARIOS } from "@/lib/security/scenarios";
import { GEO_SCENARIOS } from "@/lib/geo/scenarios";
import { JOB_PIPELINE_SCENARIOS } from "@/lib/jobs/scenarios";
import { FANOUT_SCENARIOS } from "@/lib/feeds/scenarios";
import { KEYSPACE_SCENARIOS } from "@/lib/keyspace/scenarios";
import {
  calloutProps,
  caseEstimatorProps,
  caseReferenceProps,
  decisionAnswer,
  decisionGameProps,
  diagramProps,
  estimationDrillAnswer,
  estimationDrillProps,
  estimatorProps,
  matchingAnswer,
  matchingProps,
  numericAnswer,
  numericProps,
  orderingAnswer,
  orderingProps,
  predictionAnswer,
  quizAnswer,
  quizProps,
  revealAnswer,
  revealProps,
  scopingWorksheetProps,
  simulatorProps,
  stepRevealAnswer,
  stepRevealProps,
  tableFillAnswer,
  tableFillProps,
  whiteboardProps,
} from "@/lib/lessons/blocks/schemas";
import type { Score } from "@/lib/lessons/blocks/score";
import { simulatorEntry } from "@/lib/simulators/catalog";

export { CALLOUTS, type CalloutName };

/**
 * Every block an author may use in a lesson, by the name written in MDX. This
 * is the single source of truth for block names and props: the MDX checker,
 * the authoring guide's tests and the server's scoring all read it, and the
 * React registry (components/lessons/mdx-components.tsx) must match it.
 */
type Interactive<P, A> = {
  kind: "interactive";
  /** Stored with each attempt. */
  attemptKind: string;
  props: z.ZodType<P>;
  children: "optional" | "required" | "none";
  answer: z.ZodType<A>;
  problem: (props: P, answer: A) => string | null;
  score: (props: P, answer: A) => Score;
  /**
   * The parts answered one at a time, each its own attempt (a deck's cards, a
   * simulator's scenarios), as an attempt's answer names them (`card`,
   * `scenario`); none for an exercise answered whole.
   */
  units?: (props: P) => string[];
};
/** "mermaid": no content, or one ```mermaid fence holding the diagram's source. */
type Static = { kind: "static"; props: z.ZodType; children: "optional" | "required" | "none" | "mermaid" };

function interactive<P, A>(spec: Omit<Interactive<P, A>, "kind">): Interactive<P, A> {
  return { kind: "interactive", ...spec };
}

/**
 * A simulator whose predictions are the lesson's attempts: no props but an
 * optional id, and every answer scored by the model's own scenarios.
 */
function simulator(block: string, scenarios: PredictionScenarios) {
  return interactive({
    attemptKind: "prediction",
    props: simulatorProps(simulatorEntry(block).id),
    children: "none",
    answer: predictionAnswer,
    problem: (_props, answer) => predictionProblem(scenarios, answer),
    score: (_props, answer) => scorePrediction(scenarios, answer),
    units: () => Object.keys(scenarios),
  });
}

const calloutSpec: Static = { kind: "static", props: calloutProps, children: "required" };
const calloutSpecs = Object.fromEntries(Object.keys(CALLOUTS).map((name) => [name, calloutSpec])) as {
  [Name in CalloutName]: Static;
};

export const BLOCKS = {
  ...calloutSpecs,
  Objectives: { kind: "static", props: z.strictObject({}), children: "none" } satisfies Static,
  Recap: { kind: "static", props: calloutProps, children: "required" } satisfies Static,
  Reveal: interactive({
    attemptKind: "reveal",
    props: revealProps,
    children: "required",
    answer: revealAnswer,
    problem: () => null,
    score: scoreReveal,
  }),
  Quiz: interactive({
    attemptKind: "quiz",
    props: quizProps,
    children: "none",
    answer: quizAnswer,
    problem: quizAnswerProblem,
    score: scoreQuiz,
  }),
  Ordering: interactive({
    attemptKind: "ordering",
    props: orderingProps,
    children: "optional",
    answer: orderingAnswer,
    problem: orderingAnswerProblem,
    score: scoreOrdering,
  }),
  NumericAnswer: interactive({
    attemptKind: "numeric",
    props: numericProps,
    children: "optional",
    answer: numericAnswer,
    problem: numericAnswerProblem,
    score: scoreNumeric,
  }),
  DecisionGame: interactive({
    attemptKind: "decision",
    props: decisionGameProps,
    children: "none",
    answer: decisionAnswer,
    problem: decisionAnswerProblem,
    score: scoreDecision,
    units: (props) => props.cards.map((card) => card.id),
  }),
  EstimationDrill: interactive({
    attemptKind: "estimation-drill",
    props: estimationDrillProps,
    children: "none",
    answer: estimationDrillAnswer,
    problem: drillAnswerProblem,
    score: scoreEstimationDrill,
  }),
  TableFill: interactive({
    attemptKind: "table-fill",
    props: tableFillProps,
    children: "optional",
    answer: tableFillAnswer,
    problem: tableFillAnswerProblem,
    score: scoreTableFill,
  }),
  Matching: interactive({
    attemptKind: "matching",
    props: matchingProps,
    children: "optional",
    answer: matchingAnswer,
    problem: matchingAnswerProblem,
    score: scoreMatching,
  }),
  StepReveal: interactive({
    attemptKind: "step-reveal",
    props: stepRevealProps,
    children: "none",
    answer: stepRevealAnswer,
    problem: stepRevealAnswerProblem,
    score: scoreStepReveal,
  }),
  // The practice tools, embedded where a chapter teaches them. They save to
  // the user's worksheets (ScopingWorksheet) or keep nothing (the calculators).
  ScopingWorksheet: { kind: "static", props: scopingWorksheetProps, children: "none" } satisfies Static,
  Estimator: { kind: "static", props: estimatorProps, children: "none" } satisfies Static,
  AvailabilityCalculator: { kind: "static", props: z.strictObject({}), children: "none" } satisfies Static,
  // Case studies: the estimator started from a worksheet block's scale, and a prompt's reference answer stage by stage.
  CaseEstimator: { kind: "static", props: caseEstimatorProps, children: "none" } satisfies Static,
  CaseReference: { kind: "static", props: caseReferenceProps, children: "none" } satisfies Static,
  // Diagrams: Diagram renders one without the editor; Whiteboard is an exercise
  // saved to the learner's diagrams, like ScopingWorksheet.
  Diagram: { kind: "static", props: diagramProps, children: "mermaid" } satisfies Static,
  Whiteboard: { kind: "static", props: whiteboardProps, children: "mermaid" } satisfies Static,
  // Consistency simulators: state lives in the page; the learner's predictions are scored as they go.
  PartitionSimulator: { kind: "static", props: z.strictObject({}), children: "none" } satisfies Static,
  QuorumExplorer: { kind: "static", props: z.strictObject({}), children: "none" } satisfies Static,
  LagTimeline: { kind: "static", props: z.strictObject({}), children: "none" } satisfies Static,
  // Simulators that save predictions (one line each; the client side is components/lessons/blocks/simulator-blocks.tsx).
  PushPullTimeline: simulator("PushPullTimeline", PUSH_PULL_SCENARIOS),
  LoadBalancerSim: simulator("LoadBalancerSim", LOAD_BALANCER_SCENARIOS),
  ConsumerLagDLQ: simulator("ConsumerLagDLQ", CONSUMER_LAG_SCENARIOS),
  MemoryHierarchy: simulator("MemoryHierarchy", MEMORY_HIERARCHY_SCENARIOS),
  CacheEvictionLab: simulator("CacheEvictionLab", CACHE_EVICTION_SCENARIOS),
  StampedeSimulator: simulator("StampedeSimulator", STAMPEDE_SCENARIOS),
  OutboxFailureGame: simulator("OutboxFailureGame", OUTBOX_SCENARIOS),
  HotKeyMitigator: simulator("HotKeyMitigator", HOT_KEY_SCENARIOS),
  PartitionKeyDesigner: simulator("PartitionKeyDesigner", PARTITION_KEY_SCENARIOS),
  ConsistentHashRing: simulator("ConsistentHashRing", RING_SCENARIOS),
  ShardKeyChooser: simulator("ShardKeyChooser", SHARD_KEY_SCENARIOS),
  CircuitBreakerSim: simulator("CircuitBreakerSim", BREAKER_SCENARIOS),
  BackoffJitterPlot: simulator("BackoffJitterPlot", BACKOFF_SCENARIOS),
  LostMessageSim: simulator("LostMessageSim", LOST_MESSAGE_SCENARIOS),
  RateLimiterLab: simulator("RateLimiterLab", RATE_LIMITER_SCENARIOS),
  SagaSimulator: simulator("SagaSimulator", SAGA_SCENARIOS),
  ExpandContractPlanner: simulator("ExpandContractPlanner", PLANNER_SCENARIOS),
  SloCalculator: simulator("SloCalculator", SLO_SCENARIOS),
  TraceWaterfall: simulator("TraceWaterfall", TRACE_SCENARIOS),
  JwtInspector: simulator("JwtInspector", JWT_SCENARIOS),
  GeoCellExplorer: simulator("GeoCellExplorer", GEO_SCENARIOS),
  JobPipelineSim: simulator("JobPipelineSim", JOB_PIPELINE_SCENARIOS),
  FanoutCalculator: simulator("FanoutCalculator", FANOUT_SCENARIOS),
  KeyspaceCalculator: simulator("KeyspaceCalculator", KEYSPACE_SCENARIOS),
} as const;

export type BlockName = keyof typeof BLOCKS;
export const BLOCK_NAMES = Object.keys(BLOCKS) as BlockName[];

/** Plain HTML an author may write inline, without attributes. Everything else must be a block. */
export const ALLOWED_HTML = ["br", "sub", "sup", "kbd", "abbr", "mark"] as const;

export function isBlockName(name: string): name is BlockName {
  return Object.hasOwn(BLOCKS, name);
}

/**
 * The parts of an exercise that are answered one by one ("" alone for an
 * exercise answered whole); lib/progress/scorecard.ts reads an attempt's part.
 */
export function exerciseUnits(name: BlockName, props: unknown): string[] {
  const spec = BLOCKS[name] as Interactive<unknown, unknown> | Static;
  return spec.kind === "interactive" && spec.units ? spec.units(props) : [""];
}

export type ScoredAttempt = { ok: true; kind: string; answer: unknown; result: Score } | { ok: false; message: string };

/**
 * Validates an answer for a block and scores it with the block's own answer
 * key. The server calls this for every saved attempt and never trusts a
 * score sent by the browser.
 */
export function scoreAttempt(name: string, props: unknown, answer: unknown): ScoredAttempt {
  if (!isBlockName(name)) return { ok: false, message: `"${name}" is not a block` };
  const spec = BLOCKS[name] as Interactive<unknown, unknown> | Static;
  if (spec.kind !== "interactive") return { ok: false, message: `${name} blocks take no answers` };
  const parsed = spec.answer.safeParse(answer);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "the answer is malformed" };
  const problem = spec.problem(props, parsed.data);
  if (problem) return { ok: false, message: problem };
  return { ok: true, kind: spec.attemptKind, answer: parsed.data, result: spec.score(props, parsed.data) };
}

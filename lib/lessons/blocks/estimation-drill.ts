import { DRILL_KINDS, isDrillKind, scoreDrill, type DrillKind } from "@/lib/estimation/drills";
import { isRecord, type Score } from "@/lib/lessons/blocks/score";

/** Generated estimation questions; which kinds a block asks is the author's choice. */
export type EstimationDrillProps = { id: string; kinds: DrillKind[] };
/** The learner's answer names its question by seed and kind; the server regenerates it to score. */
export type EstimationDrillAnswer = { seed: number; kind: DrillKind; value: number };

export function drillDefaults(raw: Record<string, unknown>): EstimationDrillProps {
  const props = raw as { id: string; kinds?: DrillKind[] };
  return { id: props.id, kinds: props.kinds ?? [...DRILL_KINDS] };
}

export function asDrillAnswer(value: unknown): EstimationDrillAnswer | null {
  return isRecord(value) &&
    Number.isInteger(value.seed) &&
    isDrillKind(value.kind) &&
    typeof value.value === "number" &&
    Number.isFinite(value.value)
    ? { seed: value.seed as number, kind: value.kind, value: value.value }
    : null;
}

export function drillAnswerProblem(props: EstimationDrillProps, answer: EstimationDrillAnswer): string | null {
  return props.kinds.includes(answer.kind) ? null : `this drill does not ask "${answer.kind}" questions`;
}

export function scoreEstimationDrill(_props: EstimationDrillProps, answer: EstimationDrillAnswer): Score {
  const { score, correct, feedback } = scoreDrill(answer.seed, answer.kind, answer.value);
  return { score, correct, feedback };
}

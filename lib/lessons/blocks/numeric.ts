import { scoreEstimate } from "@/lib/estimation/score-estimate";
import { isRecord, type Score } from "@/lib/lessons/blocks/score";

export type NumericProps = {
  id: string;
  question: string;
  /** The reference value, in `unit`. */
  answer: number;
  unit: string;
  /** Relative tolerance for full credit: 0.1 means ±10 %. */
  tolerance: number;
  /** Other units a learner may answer in, each as how many `unit` it is worth (e.g. { "GB": 1e9 } when unit is "bytes"). */
  units: Record<string, number>;
};
export type NumericAnswer = { value: number; unit: string };

export const DEFAULT_TOLERANCE = 0.1;

export function numericDefaults(raw: Record<string, unknown>): NumericProps {
  const props = raw as Omit<NumericProps, "tolerance" | "units"> & Partial<Pick<NumericProps, "tolerance" | "units">>;
  return { ...props, tolerance: props.tolerance ?? DEFAULT_TOLERANCE, units: props.units ?? {} };
}

export function asNumericAnswer(value: unknown): NumericAnswer | null {
  return isRecord(value) &&
    typeof value.value === "number" &&
    Number.isFinite(value.value) &&
    typeof value.unit === "string"
    ? { value: value.value, unit: value.unit }
    : null;
}

export function unitFactor(props: NumericProps, unit: string): number | null {
  if (unit === props.unit) return 1;
  return Object.hasOwn(props.units, unit) ? props.units[unit]! : null;
}

export function numericAnswerProblem(props: NumericProps, answer: NumericAnswer): string | null {
  return unitFactor(props, answer.unit) === null ? `"${answer.unit}" is not one of this question's units` : null;
}

export function scoreNumeric(props: NumericProps, answer: NumericAnswer): Score {
  const inBaseUnit = answer.value * (unitFactor(props, answer.unit) ?? Number.NaN);
  const { score, correct, feedback } = scoreEstimate(inBaseUnit, props.answer, props.tolerance);
  return { score, correct, feedback };
}

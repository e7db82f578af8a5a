import { z } from "zod";
import { scoreEstimate } from "@/lib/estimation/score-estimate";
import { blockId, text, type Score } from "@/lib/lessons/blocks/common";

export const numericProps = z
  .strictObject({
    id: blockId,
    question: text(400),
    /** The reference value, in `unit`. */
    answer: z.number().positive().finite(),
    unit: text(30),
    /** Relative tolerance for full credit: 0.1 means ±10 %. */
    tolerance: z.number().gt(0).lt(1).default(0.1),
    /** Other units a learner may answer in, each as how many `unit` it is worth (e.g. { "GB": 1e9 } when unit is "bytes"). */
    units: z.record(text(30), z.number().positive().finite()).default({}),
  })
  .refine((props) => !(props.unit in props.units), {
    path: ["units"],
    message: "do not repeat the main unit in units",
  });
export type NumericProps = z.infer<typeof numericProps>;

export const numericAnswer = z.strictObject({ value: z.number().finite(), unit: z.string().min(1).max(30) });
export type NumericAnswer = z.infer<typeof numericAnswer>;

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

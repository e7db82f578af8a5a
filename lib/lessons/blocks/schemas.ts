import { z } from "@/lib/validations/zod";
import { BOARD_NAMES } from "@/lib/diagrams/boards";
import { PRESETS } from "@/lib/estimation/presets";
import { PROMPTS } from "@/lib/prompts/bank";
import { DRILL_KINDS } from "@/lib/estimation/drills";
import type { DecisionAnswer, DecisionGameProps } from "@/lib/lessons/blocks/decision-game";
import type { EstimationDrillAnswer, EstimationDrillProps } from "@/lib/lessons/blocks/estimation-drill";
import type { NumericAnswer, NumericProps } from "@/lib/lessons/blocks/numeric";
import { DEFAULT_TOLERANCE } from "@/lib/lessons/blocks/numeric";
import type { OrderingAnswer, OrderingProps } from "@/lib/lessons/blocks/ordering";
import type { QuizAnswer, QuizProps } from "@/lib/lessons/blocks/quiz";
import { REVEAL_MAX_LENGTH, type RevealAnswer, type RevealProps } from "@/lib/lessons/blocks/reveal";

// Validation of blocks: authors' props (by the lesson checker and at build
// time) and learners' answers (by the server before it scores them). The
// browser never loads this file; it relies on the types beside it.

/** An author-given block id: stable across edits, so saved answers stay attached to their block. */
export const blockId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens, e.g. peak-qps-quiz")
  .max(60);

export const text = (max = 600) => z.string().trim().min(1, "must not be empty").max(max);

export const calloutProps = z.strictObject({ title: text(120).optional() });

export const quizProps = z
  .strictObject({
    id: blockId,
    question: text(400),
    multiple: z.boolean().default(false),
    options: z
      .array(z.strictObject({ text: text(300), correct: z.boolean().default(false), explanation: text(600) }))
      .min(2)
      .max(8),
  })
  .superRefine((quiz, ctx) => {
    const correct = quiz.options.filter((option) => option.correct).length;
    if (correct === 0)
      ctx.addIssue({ code: "custom", path: ["options"], message: "mark at least one option correct: true" });
    if (!quiz.multiple && correct > 1) {
      ctx.addIssue({ code: "custom", path: ["multiple"], message: "several options are correct: set multiple={true}" });
    }
  }) satisfies z.ZodType<QuizProps, unknown>;

export const quizAnswer = z.strictObject({
  selected: z.array(z.number().int().min(0)).min(1, "choose at least one option").max(8),
}) satisfies z.ZodType<QuizAnswer, unknown>;

export const orderingProps = z.strictObject({
  id: blockId,
  prompt: text(400),
  items: z
    .array(text(200))
    .min(3)
    .max(10)
    .refine((items) => new Set(items).size === items.length, "every item must be different"),
}) satisfies z.ZodType<OrderingProps, unknown>;

export const orderingAnswer = z.strictObject({
  order: z.array(z.number().int().min(0)).min(3).max(10),
}) satisfies z.ZodType<OrderingAnswer, unknown>;

export const numericProps = z
  .strictObject({
    id: blockId,
    question: text(400),
    answer: z.number().positive().finite(),
    unit: text(30),
    tolerance: z.number().gt(0).lt(1).default(DEFAULT_TOLERANCE),
    units: z.record(text(30), z.number().positive().finite()).default({}),
  })
  .refine((props) => !(props.unit in props.units), {
    path: ["units"],
    message: "do not repeat the main unit in units",
  }) satisfies z.ZodType<NumericProps, unknown>;

export const numericAnswer = z.strictObject({
  value: z.number().finite(),
  unit: z.string().min(1).max(30),
}) satisfies z.ZodType<NumericAnswer, unknown>;

const choice = z.strictObject({ id: blockId, label: text(120) });

const card = z.strictObject({
  id: blockId,
  scenario: text(600),
  choices: z.array(choice).min(2).max(8).optional(),
  answer: blockId,
  explanation: text(900),
  trap: z.strictObject({ choice: blockId, why: text(600) }).optional(),
});

export const decisionGameProps = z
  .strictObject({
    id: blockId,
    title: text(120),
    prompt: text(400).optional(),
    choices: z.array(choice).min(2).max(8).optional(),
    cards: z.array(card).min(1).max(40),
  })
  .superRefine((game, ctx) => {
    const seen = new Set<string>();
    game.cards.forEach((c, index) => {
      if (seen.has(c.id))
        ctx.addIssue({ code: "custom", path: ["cards", index, "id"], message: `duplicate card id "${c.id}"` });
      seen.add(c.id);
      const options = c.choices ?? game.choices;
      if (!options) {
        ctx.addIssue({
          code: "custom",
          path: ["cards", index, "choices"],
          message: "give the card choices, or the deck",
        });
        return;
      }
      const ids = options.map((o) => o.id);
      if (!ids.includes(c.answer)) {
        ctx.addIssue({
          code: "custom",
          path: ["cards", index, "answer"],
          message: `"${c.answer}" is not one of: ${ids.join(", ")}`,
        });
      }
      if (c.trap && (!ids.includes(c.trap.choice) || c.trap.choice === c.answer)) {
        ctx.addIssue({
          code: "custom",
          path: ["cards", index, "trap", "choice"],
          message: "the trap must be a wrong choice of this card",
        });
      }
    });
  }) satisfies z.ZodType<DecisionGameProps, unknown>;

export const decisionAnswer = z.strictObject({ card: blockId, choice: blockId }) satisfies z.ZodType<
  DecisionAnswer,
  unknown
>;

export const revealProps = z.strictObject({
  id: blockId,
  prompt: text(400),
  label: text(60).optional(),
}) satisfies z.ZodType<RevealProps, unknown>;

export const revealAnswer = z.strictObject({
  text: z.string().trim().min(1, "write something first").max(REVEAL_MAX_LENGTH),
}) satisfies z.ZodType<RevealAnswer, unknown>;

export const estimationDrillProps = z.strictObject({
  id: blockId,
  kinds: z
    .array(z.enum(DRILL_KINDS))
    .min(1)
    .refine((kinds) => new Set(kinds).size === kinds.length, "list each kind once")
    .default([...DRILL_KINDS]),
}) satisfies z.ZodType<EstimationDrillProps, unknown>;

export const estimationDrillAnswer = z.strictObject({
  seed: z
    .int()
    .min(0)
    .max(2 ** 32 - 1),
  kind: z.enum(DRILL_KINDS),
  value: z.number().finite(),
}) satisfies z.ZodType<EstimationDrillAnswer, unknown>;

export const scopingWorksheetProps = z.strictObject({
  id: blockId,
  prompt: z.enum(PROMPTS.map((prompt) => prompt.id) as [string, ...string[]], {
    error: `must be a prompt id from lib/prompts/bank.ts: ${PROMPTS.map((prompt) => prompt.id).join(", ")}`,
  }),
});

export const estimatorProps = z.strictObject({
  preset: z.enum(PRESETS.map((preset) => preset.id) as [string, ...string[]], {
    error: `must be a preset id from lib/estimation/presets.ts: ${PRESETS.map((preset) => preset.id).join(", ")}`,
  }),
});

const boardName = z.enum(BOARD_NAMES, {
  error: `must be a board from lib/diagrams/boards.ts or a template from lib/diagrams/templates.ts: ${BOARD_NAMES.join(", ")}`,
});

export const diagramProps = z.strictObject({ name: boardName, caption: text(200).optional() });

export const whiteboardProps = z.strictObject({ id: blockId, start: boardName, title: text(120) });

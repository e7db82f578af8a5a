import * as z from "@/lib/validations/zod";
import { BOARD_NAMES } from "@/lib/diagrams/boards";
import { PRESETS } from "@/lib/estimation/presets";
import { CASE_STUDY_PROMPTS, PROMPTS } from "@/lib/prompts/catalog";
import { REFERENCE_PARTS } from "@/lib/prompts/reference";
import { DRILL_KINDS } from "@/lib/estimation/drills";
import type { DecisionAnswer, DecisionGameProps } from "@/lib/lessons/blocks/decision-game";
import type { EstimationDrillAnswer, EstimationDrillProps } from "@/lib/lessons/blocks/estimation-drill";
import type { NumericAnswer, NumericProps } from "@/lib/lessons/blocks/numeric";
import { DEFAULT_TOLERANCE } from "@/lib/lessons/blocks/numeric";
import type { MatchingAnswer, MatchingProps } from "@/lib/lessons/blocks/matching";
import type { OrderingAnswer, OrderingProps } from "@/lib/lessons/blocks/ordering";
import type { QuizAnswer, QuizProps } from "@/lib/lessons/blocks/quiz";
import { REVEAL_MAX_LENGTH, type RevealAnswer, type RevealProps } from "@/lib/lessons/blocks/reveal";
import type { StepRevealAnswer, StepRevealProps } from "@/lib/lessons/blocks/step-reveal";
import {
  normaliseTyped,
  TABLE_TYPED_MAX_LENGTH,
  type TableCell,
  type TableFillAnswer,
  type TableFillProps,
} from "@/lib/lessons/blocks/table-fill";

// Validation of blocks: authors' props (by the lesson checker and at build
// time) and learners' answers (by the server before it scores them). The
// browser never loads this file; it relies on the types beside it.

/** An author-given block id: stable across edits, so saved answers stay attached to their block. */
export const blockId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens, e.g. peak-qps-quiz")
  .max(60);

export const text = (max = 600) => z.string().trim().min(1, "must not be empty").max(max);

/** The most options a picker (a quiz, a decision card, a select) offers. */
export const MAX_OPTIONS = 12;

/** The first value listed twice, or null. `key` decides what counts as the same. */
function firstRepeat(values: string[], key: (value: string) => string = (value) => value): string | null {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(key(value))) return value;
    seen.add(key(value));
  }
  return null;
}

/** An index into a list of choices, as authors write it: 0 for the first. */
const INDEX_HINT = "answer is the index of the right choice: 0 for the first";
// A missing answer keeps zod's own issue, which the checker words as "`answer` is required".
const choiceIndex = z
  .int({ error: (issue) => (issue.input === undefined ? undefined : INDEX_HINT) })
  .min(0, INDEX_HINT);
const indexMessage = (choices: number) =>
  `answer must be the index of one of the ${choices} choices: 0 to ${choices - 1} (0 is the first)`;

export const calloutProps = z.strictObject({ title: text(120).optional() });

export const quizProps = z
  .strictObject({
    id: blockId,
    question: text(400),
    multiple: z.boolean().default(false),
    options: z
      .array(z.strictObject({ text: text(300), correct: z.boolean().default(false), explanation: text(600) }))
      .min(2)
      .max(MAX_OPTIONS, `give at most ${MAX_OPTIONS} options`),
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
  selected: z.array(z.number().int().min(0)).min(1, "choose at least one option").max(MAX_OPTIONS),
}) satisfies z.ZodType<QuizAnswer, unknown>;

export const orderingProps = z
  .strictObject({
    id: blockId,
    prompt: text(400),
    items: z
      .array(text(200))
      .min(3)
      .max(10)
      .refine((items) => new Set(items).size === items.length, "every item must be different"),
    /** Parallel to items: steps sharing a group number may come in any order among themselves. */
    groups: z
      .array(
        z
          .int("group numbers are whole numbers, like [1, 2, 2, 3]")
          .min(0, "group numbers are whole numbers, like [1, 2, 2, 3]")
          .max(99, "group numbers go up to 99"),
      )
      .optional(),
  })
  .superRefine((ordering, ctx) => {
    const { groups, items } = ordering;
    if (!groups) return;
    if (groups.length !== items.length) {
      ctx.addIssue({
        code: "custom",
        path: ["groups"],
        message: `give one group number per item: ${items.length} items, ${groups.length} group numbers`,
      });
      return;
    }
    const drop = groups.findIndex((group, index) => index > 0 && group < groups[index - 1]!);
    if (drop !== -1) {
      ctx.addIssue({
        code: "custom",
        path: ["groups", drop],
        message: "group numbers must never decrease: list the items in their correct order, e.g. [1, 2, 2, 3]",
      });
    } else if (groups[0] === groups.at(-1)) {
      ctx.addIssue({
        code: "custom",
        path: ["groups"],
        message: "every item is in the same group, so any order would be right: use at least two groups",
      });
    }
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
  choices: z.array(choice).min(2).max(MAX_OPTIONS, `give at most ${MAX_OPTIONS} choices`).optional(),
  answer: blockId,
  explanation: text(900),
  trap: z.strictObject({ choice: blockId, why: text(600) }).optional(),
});

export const decisionGameProps = z
  .strictObject({
    id: blockId,
    title: text(120),
    prompt: text(400).optional(),
    choices: z.array(choice).min(2).max(MAX_OPTIONS, `give at most ${MAX_OPTIONS} choices`).optional(),
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

// TableFill: a cell is given text, or a blank with an answer: a choice's index
// (a select) or the expected text (typed). Written as one object so an author's
// mistake gets a sentence, not "invalid union".
const tableCell = z
  .strictObject({
    text: text(200).optional(),
    choices: z
      .array(text(120))
      .min(2, "a blank with choices needs at least 2")
      .max(MAX_OPTIONS, `a blank offers at most ${MAX_OPTIONS} choices`)
      .optional(),
    answer: z
      .union([choiceIndex, text(TABLE_TYPED_MAX_LENGTH)], {
        error: "answer is the index of the right choice (a number), or the text to type",
      })
      .optional(),
    accept: z.array(text(TABLE_TYPED_MAX_LENGTH)).min(1).max(10, "accept at most 10 other answers").optional(),
    explanation: text(600).optional(),
  })
  .superRefine((cell, ctx) => {
    const blankKeys = (["choices", "answer", "accept", "explanation"] as const).filter(
      (key) => cell[key] !== undefined,
    );
    if (cell.text !== undefined) {
      if (blankKeys.length > 0)
        ctx.addIssue({
          code: "custom",
          message: `a cell is either given text ({ text }) or a blank ({ answer, explanation }), not both: remove ${blankKeys.join(", ")} or text`,
        });
      return;
    }
    if (cell.answer === undefined) {
      ctx.addIssue({
        code: "custom",
        message: 'each cell needs text (shown as is) or an answer (a blank to fill), like { text: "Cache" }',
      });
      return;
    }
    if (cell.explanation === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["explanation"],
        message: "a blank needs an explanation, shown after checking",
      });
    if (typeof cell.answer === "number") {
      if (cell.answer < 0) return; // Reported by choiceIndex.
      if (!cell.choices) {
        ctx.addIssue({
          code: "custom",
          path: ["answer"],
          message:
            "a number answer is the index of one of the choices: add choices, or write the answer as text to type",
        });
      } else if (cell.answer >= cell.choices.length) {
        ctx.addIssue({ code: "custom", path: ["answer"], message: indexMessage(cell.choices.length) });
      }
      if (cell.choices && firstRepeat(cell.choices) !== null)
        ctx.addIssue({ code: "custom", path: ["choices"], message: `"${firstRepeat(cell.choices)}" is listed twice` });
      if (cell.accept)
        ctx.addIssue({
          code: "custom",
          path: ["accept"],
          message: "accept is for typed blanks; a blank with choices has one right choice",
        });
    } else {
      if (cell.choices)
        ctx.addIssue({
          code: "custom",
          path: ["answer"],
          message: "with choices, answer is the index of the right choice (0 for the first), not its text",
        });
      const repeat = firstRepeat([cell.answer, ...(cell.accept ?? [])], normaliseTyped);
      if (repeat !== null)
        ctx.addIssue({
          code: "custom",
          path: ["accept"],
          message: `"${repeat}" is already accepted (case and spaces are ignored)`,
        });
    }
  })
  .transform((cell) => cell as TableCell);

export const tableFillProps = z
  .strictObject({
    id: blockId,
    prompt: text(400),
    columns: z.array(text(80)).min(2, "a table needs at least 2 columns").max(6, "a table has at most 6 columns"),
    rows: z
      .array(z.strictObject({ cells: z.array(tableCell) }))
      .min(1, "a table needs at least 1 row")
      .max(12, "a table has at most 12 rows"),
  })
  .superRefine((table, ctx) => {
    table.rows.forEach((row, index) => {
      if (row.cells.length !== table.columns.length)
        ctx.addIssue({
          code: "custom",
          path: ["rows", index, "cells"],
          message: `each row needs one cell per column: ${table.columns.length} columns, this row has ${row.cells.length} cell${row.cells.length === 1 ? "" : "s"}`,
        });
    });
    if (table.rows.length > 0 && !table.rows.some((row) => row.cells.some((cell) => "answer" in cell)))
      ctx.addIssue({
        code: "custom",
        path: ["rows"],
        message: "the table has nothing to fill in: make at least one cell a blank, with an answer and an explanation",
      });
  }) satisfies z.ZodType<TableFillProps, unknown>;

export const tableFillAnswer = z.strictObject({
  blanks: z
    .array(z.union([z.int().min(0), z.string().max(TABLE_TYPED_MAX_LENGTH), z.null()]))
    .min(1)
    .max(72),
}) satisfies z.ZodType<TableFillAnswer, unknown>;

export const matchingProps = z
  .strictObject({
    id: blockId,
    prompt: text(400),
    pairs: z
      .array(z.strictObject({ left: text(200), right: text(120), explanation: text(600).optional() }))
      .min(2, "give at least 2 pairs")
      .max(10, "give at most 10 pairs"),
    distractors: z.array(text(120)).min(1).max(10).optional(),
  })
  .superRefine((matching, ctx) => {
    const repeatedLeft = firstRepeat(matching.pairs.map((pair) => pair.left));
    if (repeatedLeft !== null)
      ctx.addIssue({
        code: "custom",
        path: ["pairs"],
        message: `"${repeatedLeft}" is on the left of two pairs: every left item must be different`,
      });
    const rights = new Set(matching.pairs.map((pair) => pair.right));
    const distractors = matching.distractors ?? [];
    distractors.forEach((distractor, index) => {
      if (rights.has(distractor))
        ctx.addIssue({
          code: "custom",
          path: ["distractors", index],
          message: `"${distractor}" is the right item of a pair, so it is no distractor: remove it here`,
        });
    });
    const repeatedDistractor = firstRepeat(distractors);
    if (repeatedDistractor !== null)
      ctx.addIssue({ code: "custom", path: ["distractors"], message: `"${repeatedDistractor}" is listed twice` });
    const options = new Set([...rights, ...distractors]).size;
    if (options > MAX_OPTIONS)
      ctx.addIssue({
        code: "custom",
        path: ["distractors"],
        message: `the learner would pick from ${options} right-hand items: keep them (pairs' and distractors together) to ${MAX_OPTIONS}`,
      });
    if (options < 2)
      ctx.addIssue({
        code: "custom",
        path: ["pairs"],
        message: "every pair has the same right item, so there is nothing to choose: add distractors",
      });
  }) satisfies z.ZodType<MatchingProps, unknown>;

export const matchingAnswer = z.strictObject({
  matches: z.array(z.int().min(0).nullable()).min(2).max(10),
}) satisfies z.ZodType<MatchingAnswer, unknown>;

const prediction = z
  .strictObject({
    question: text(400),
    choices: z
      .array(text(200))
      .min(2, "a prediction needs at least 2 choices")
      .max(MAX_OPTIONS, `a prediction offers at most ${MAX_OPTIONS} choices`),
    answer: choiceIndex,
    explanation: text(600),
  })
  .superRefine((predict, ctx) => {
    if (predict.answer >= predict.choices.length)
      ctx.addIssue({ code: "custom", path: ["answer"], message: indexMessage(predict.choices.length) });
    const repeat = firstRepeat(predict.choices);
    if (repeat !== null) ctx.addIssue({ code: "custom", path: ["choices"], message: `"${repeat}" is listed twice` });
  });

export const stepRevealProps = z.strictObject({
  id: blockId,
  title: text(120),
  steps: z
    .array(z.strictObject({ text: text(900), predict: prediction.optional() }))
    .min(2, "a walkthrough needs at least 2 steps")
    .max(12, "a walkthrough has at most 12 steps"),
}) satisfies z.ZodType<StepRevealProps, unknown>;

export const stepRevealAnswer = z.strictObject({
  predictions: z.array(z.int().min(0)).max(12),
}) satisfies z.ZodType<StepRevealAnswer, unknown>;

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

const promptId = z.enum(PROMPTS.map((prompt) => prompt.id) as [string, ...string[]], {
  error: `must be a prompt id from lib/prompts/catalog.ts: ${PROMPTS.map((prompt) => prompt.id).join(", ")}`,
});

/** A prompt whose reference is a full answer (a case study's). */
const caseStudyPrompt = z.enum(CASE_STUDY_PROMPTS as [string, ...string[]], {
  error: `must be a prompt with a full reference answer: ${CASE_STUDY_PROMPTS.join(", ")}`,
});

export const scopingWorksheetProps = z.strictObject({ id: blockId, prompt: promptId });

/**
 * The estimator started from the learner's own scale assumptions: those of the
 * ScopingWorksheet block `worksheet` in the same lesson (the checker makes sure
 * it is there). Signed in, the estimate is attached to that worksheet.
 */
export const caseEstimatorProps = z.strictObject({ id: blockId, worksheet: blockId, prompt: caseStudyPrompt });

/**
 * One stage of a prompt's reference answer, closed until the learner opens it;
 * `item` picks one deep dive by id (lib/prompts/references/<prompt>.ts).
 */
export const caseReferenceProps = z.strictObject({
  prompt: caseStudyPrompt,
  part: z.enum(REFERENCE_PARTS, { error: `must be one of ${REFERENCE_PARTS.join(", ")}` }),
  item: blockId.optional(),
});

export const estimatorProps = z.strictObject({
  preset: z.enum(PRESETS.map((preset) => preset.id) as [string, ...string[]], {
    error: `must be a preset id from lib/estimation/presets.ts: ${PRESETS.map((preset) => preset.id).join(", ")}`,
  }),
});

const boardName = z.enum(BOARD_NAMES, {
  error: `must be a board from lib/diagrams/boards.ts or a template from lib/diagrams/templates.ts: ${BOARD_NAMES.join(", ")}`,
});

// A diagram comes from a registered board (`name`, `start`) or from a ```mermaid
// fence inside the block; the lesson checker requires exactly one of the two.
export const diagramProps = z.strictObject({
  name: boardName.optional(),
  caption: text(200).optional(),
  /** What the diagram shows, for readers who cannot see it. Required for an inline diagram. */
  alt: text(400).optional(),
  /**
   * `rules={false}`: the checker does not apply the whiteboard rules, for a
   * figure that is no architecture board, or a board broken on purpose to critique.
   */
  rules: z.boolean().optional(),
});

/** `reference`: a prompt whose reference diagram the learner may compare theirs with, once they have drawn. */
export const whiteboardProps = z.strictObject({
  id: blockId,
  start: boardName.optional(),
  title: text(120),
  reference: caseStudyPrompt.optional(),
});

/** A simulator block: an optional id (its own name by default), so `<CacheEvictionLab />` works as written. */
export const simulatorProps = (defaultId: string) => z.strictObject({ id: blockId.default(defaultId) });

export const predictionAnswer = z.strictObject({ scenario: blockId, choice: text(60) });

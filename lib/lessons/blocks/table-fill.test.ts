import { describe, expect, it } from "vitest";
import { scoreAttempt } from "@/lib/lessons/blocks";
import { tableFillAnswer, tableFillProps } from "@/lib/lessons/blocks/schemas";
import {
  asTableFillAnswer,
  normaliseTyped,
  scoreTableFill,
  tableBlanks,
  tableFillAnswerProblem,
  tableFillResults,
  type TableFillProps,
} from "@/lib/lessons/blocks/table-fill";

const example = {
  id: "failure-matrix",
  prompt: "For each failure, what breaks and the fix?",
  columns: ["Failure", "What breaks", "Fix"],
  rows: [
    {
      cells: [
        { text: "Cache node dies" },
        {
          choices: ["Nothing", "Reads slow down", "Writes are lost"],
          answer: 1,
          explanation: "The database takes the load.",
        },
        { text: "Warm a replacement" },
      ],
    },
    {
      cells: [
        { text: "Primary database dies" },
        { text: "Writes fail" },
        { answer: "failover", accept: ["fail over", "promote a replica"], explanation: "Promote a replica." },
      ],
    },
  ],
};

const table = tableFillProps.parse(example) as TableFillProps;

/** The messages the checker would show for these props, in order. */
function messages(props: unknown): string[] {
  const parsed = tableFillProps.safeParse(props);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}

const withCell = (cell: unknown) => ({
  ...example,
  rows: [{ cells: [{ text: "a" }, cell, { answer: "x", explanation: "e" }] }],
});

describe("TableFill props", () => {
  it("accept a table of given cells, select blanks and typed blanks, as written", () => {
    expect(table).toEqual(example);
    expect(tableBlanks(table).map(({ row, column }) => [row, column])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it("need one cell per column in every row", () => {
    expect(messages({ ...example, rows: [{ cells: [{ text: "a" }, { answer: "b", explanation: "e" }] }] })).toEqual([
      "each row needs one cell per column: 3 columns, this row has 2 cells",
    ]);
  });

  it("need at least one blank", () => {
    expect(messages({ ...example, rows: [{ cells: [{ text: "a" }, { text: "b" }, { text: "c" }] }] })).toEqual([
      "the table has nothing to fill in: make at least one cell a blank, with an answer and an explanation",
    ]);
  });

  it("bound columns and rows", () => {
    expect(messages({ ...example, columns: ["Only"] })[0]).toBe("a table needs at least 2 columns");
    expect(messages({ ...example, columns: ["a", "b", "c", "d", "e", "f", "g"] })[0]).toBe(
      "a table has at most 6 columns",
    );
    expect(messages({ ...example, rows: [] })).toEqual(["a table needs at least 1 row"]);
    expect(messages({ ...example, rows: Array.from({ length: 13 }, () => example.rows[0]) })).toEqual([
      "a table has at most 12 rows",
    ]);
  });

  it("say what is wrong with a cell, in an author's words", () => {
    expect(messages(withCell({ text: "a", answer: "b", explanation: "e" }))).toEqual([
      "a cell is either given text ({ text }) or a blank ({ answer, explanation }), not both: remove answer, explanation or text",
    ]);
    expect(messages(withCell({}))).toEqual([
      'each cell needs text (shown as is) or an answer (a blank to fill), like { text: "Cache" }',
    ]);
    expect(messages(withCell({ answer: "b" }))).toEqual(["a blank needs an explanation, shown after checking"]);
    expect(messages(withCell({ choices: ["a", "b"], answer: 2, explanation: "e" }))).toEqual([
      "answer must be the index of one of the 2 choices: 0 to 1 (0 is the first)",
    ]);
    expect(messages(withCell({ choices: ["a", "b"], answer: "a", explanation: "e" }))).toEqual([
      "with choices, answer is the index of the right choice (0 for the first), not its text",
    ]);
    expect(messages(withCell({ answer: 0, explanation: "e" }))).toEqual([
      "a number answer is the index of one of the choices: add choices, or write the answer as text to type",
    ]);
    expect(messages(withCell({ choices: ["a", "b"], answer: 0, accept: ["a"], explanation: "e" }))).toEqual([
      "accept is for typed blanks; a blank with choices has one right choice",
    ]);
    expect(messages(withCell({ choices: ["a", "a"], answer: 0, explanation: "e" }))).toEqual(['"a" is listed twice']);
    expect(messages(withCell({ choices: ["a"], answer: 0, explanation: "e" }))).toEqual([
      "a blank with choices needs at least 2",
    ]);
    expect(messages(withCell({ answer: "Read replica", accept: ["read  REPLICA"], explanation: "e" }))).toEqual([
      '"read  REPLICA" is already accepted (case and spaces are ignored)',
    ]);
    expect(messages(withCell({ answer: true, explanation: "e" }))).toEqual([
      "answer is the index of the right choice (a number), or the text to type",
    ]);
    expect(messages(withCell({ answer: -1, explanation: "e" }))).toEqual([
      "answer is the index of the right choice: 0 for the first",
    ]);
    expect(messages(withCell({ answer: "b", explanation: "e", hint: "h" }))[0]).toMatch(/hint/);
  });
});

describe("TableFill scoring", () => {
  it("gives full marks when every blank is right, typed answers ignoring case and spaces", () => {
    expect(scoreTableFill(table, { blanks: [1, "failover"] })).toMatchObject({ score: 1, correct: true });
    expect(scoreTableFill(table, { blanks: [1, "  Promote   a REPLICA "] })).toMatchObject({
      score: 1,
      correct: true,
    });
    expect(normaliseTyped(" Fail\tOver ")).toBe("fail over");
  });

  it("gives partial credit per blank, and explains each one", () => {
    expect(scoreTableFill(table, { blanks: [0, "failover"] })).toEqual({
      score: 0.5,
      correct: false,
      feedback: "1 of 2 blanks right.",
    });
    expect(scoreTableFill(table, { blanks: [null, "restart"] })).toEqual({
      score: 0,
      correct: false,
      feedback: "0 of 2 blanks right, 1 left empty.",
    });
    expect(tableFillResults(table, { blanks: [2, "fail-over"] })).toEqual([
      { correct: false, answered: true, expected: "Reads slow down", explanation: "The database takes the load." },
      { correct: false, answered: true, expected: "failover", explanation: "Promote a replica." },
    ]);
  });

  it("refuses answers that do not fit the table", () => {
    expect(tableFillAnswerProblem(table, { blanks: [1] })).toBe("the answer must have one entry per blank: 2, not 1");
    expect(tableFillAnswerProblem(table, { blanks: [3, "x"] })).toBe("blank 1 has no choice 3");
    expect(tableFillAnswerProblem(table, { blanks: ["Reads slow down", "x"] })).toBe(
      "blank 1 is a choice: answer with the index of a choice",
    );
    expect(tableFillAnswerProblem(table, { blanks: [1, 0] })).toBe("blank 2 is typed: answer with text");
    expect(tableFillAnswerProblem(table, { blanks: [null, null] })).toBeNull();
    expect(tableFillAnswer.safeParse({ blanks: [-1, "x"] }).success).toBe(false);
    expect(tableFillAnswer.safeParse({ blanks: [1, "x".repeat(201)] }).success).toBe(false);
  });

  it("is what the server runs, under its own attempt kind", () => {
    expect(scoreAttempt("TableFill", table, { blanks: [1, "failover"] })).toMatchObject({
      ok: true,
      kind: "table-fill",
      result: { score: 1, correct: true },
    });
    expect(scoreAttempt("TableFill", table, { blanks: [7, "failover"] })).toEqual({
      ok: false,
      message: "blank 1 has no choice 7",
    });
    expect(scoreAttempt("TableFill", table, { blanks: [1, "failover"], score: 1 })).toMatchObject({ ok: false });
  });

  it("reads saved answers defensively", () => {
    expect(asTableFillAnswer({ blanks: [1, "x", null] })).toEqual({ blanks: [1, "x", null] });
    expect(asTableFillAnswer({ blanks: [1.5] })).toBeNull();
    expect(asTableFillAnswer({ blanks: "x" })).toBeNull();
    expect(asTableFillAnswer(null)).toBeNull();
  });
});

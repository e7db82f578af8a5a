import { isRecord, shareScore, type Score } from "@/lib/lessons/blocks/score";

/** A cell the author fills in: shown as is. */
export type TableGivenCell = { text: string };
/** A blank the learner fills by picking one of `choices`; `answer` is the right choice's index. */
export type TableChoiceCell = { choices: string[]; answer: number; explanation: string };
/** A blank the learner types; `answer` or any of `accept` is right, ignoring case and spaces. */
export type TableTypedCell = { answer: string; accept?: string[]; explanation: string };
export type TableCell = TableGivenCell | TableChoiceCell | TableTypedCell;
export type TableBlankCell = TableChoiceCell | TableTypedCell;

/** A table with some cells left blank, e.g. a failure matrix: for each failure, what breaks and the fix. */
export type TableFillProps = { id: string; prompt: string; columns: string[]; rows: { cells: TableCell[] }[] };
/**
 * One entry per blank, in reading order (row by row, left to right): the
 * chosen index for a choice blank, the text for a typed blank, or null for a
 * blank left empty.
 */
export type TableFillAnswer = { blanks: (number | string | null)[] };

export const TABLE_TYPED_MAX_LENGTH = 200;

export const isBlankCell = (cell: TableCell): cell is TableBlankCell => "answer" in cell;
export const isChoiceCell = (cell: TableCell): cell is TableChoiceCell => "choices" in cell;

/** The blanks of the table in reading order, with where each one is. */
export function tableBlanks(props: TableFillProps): { cell: TableBlankCell; row: number; column: number }[] {
  return props.rows.flatMap((row, rowIndex) =>
    row.cells.flatMap((cell, column) => (isBlankCell(cell) ? [{ cell, row: rowIndex, column }] : [])),
  );
}

/** Case, surrounding spaces and runs of spaces do not count: " Read  Replica" is "read replica". */
export function normaliseTyped(value: string): string {
  return value.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

export function asTableFillAnswer(value: unknown): TableFillAnswer | null {
  if (!isRecord(value) || !Array.isArray(value.blanks)) return null;
  const valid = value.blanks.every(
    (entry) =>
      entry === null ||
      typeof entry === "string" ||
      (typeof entry === "number" && Number.isInteger(entry) && entry >= 0),
  );
  return valid ? { blanks: value.blanks as TableFillAnswer["blanks"] } : null;
}

/** Checks an answer fits the table: one entry per blank, an existing choice for a select, text for a typed blank. */
export function tableFillAnswerProblem(props: TableFillProps, answer: TableFillAnswer): string | null {
  const blanks = tableBlanks(props);
  if (answer.blanks.length !== blanks.length)
    return `the answer must have one entry per blank: ${blanks.length}, not ${answer.blanks.length}`;
  for (const [index, { cell }] of blanks.entries()) {
    const given = answer.blanks[index];
    if (given === null || given === undefined) continue;
    if (isChoiceCell(cell)) {
      if (typeof given !== "number") return `blank ${index + 1} is a choice: answer with the index of a choice`;
      if (given >= cell.choices.length) return `blank ${index + 1} has no choice ${given}`;
    } else if (typeof given !== "string") return `blank ${index + 1} is typed: answer with text`;
  }
  return null;
}

export type BlankResult = { correct: boolean; answered: boolean; explanation: string; expected: string };

/** Whether each blank is right, in reading order, with what was expected and why. */
export function tableFillResults(props: TableFillProps, answer: TableFillAnswer): BlankResult[] {
  return tableBlanks(props).map(({ cell }, index) => {
    const given = answer.blanks[index] ?? null;
    const answered = typeof given === "number" || (typeof given === "string" && given.trim() !== "");
    if (isChoiceCell(cell)) {
      return {
        correct: given === cell.answer,
        answered,
        explanation: cell.explanation,
        expected: cell.choices[cell.answer] ?? "",
      };
    }
    const accepted = [cell.answer, ...(cell.accept ?? [])].map(normaliseTyped);
    return {
      correct: typeof given === "string" && accepted.includes(normaliseTyped(given)),
      answered,
      explanation: cell.explanation,
      expected: cell.answer,
    };
  });
}

/** Each blank counts the same: the score is the share of blanks filled in right. */
export function scoreTableFill(props: TableFillProps, answer: TableFillAnswer): Score {
  return shareScore(tableFillResults(props, answer), {
    allRight: "Every blank is right.",
    right: (right, total) => `${right} of ${total} blank${total === 1 ? "" : "s"} right`,
    left: "left empty",
  });
}

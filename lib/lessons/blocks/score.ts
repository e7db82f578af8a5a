/** What scoring an answer yields. `score` is 0..1, or null for blocks that are not scored. */
export type Score = { score: number | null; correct: boolean; feedback: string };

// The modules beside this one hold each block's props type, defaults, answer
// checks and scoring, with no dependencies, so the browser runs them for
// instant feedback without shipping a validation library. The zod schemas
// that check authors' props and the server's input are in schemas.ts.

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const isIndexList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((item) => Number.isInteger(item) && item >= 0);

/**
 * Scoring where every item counts the same (a table's blanks, a matching's
 * pairs): the share right, and feedback that says how many were left empty.
 */
export function shareScore(
  results: { correct: boolean; answered: boolean }[],
  words: { allRight: string; right: (right: number, total: number) => string; left: string },
): Score {
  const right = results.filter((result) => result.correct).length;
  const empty = results.filter((result) => !result.answered).length;
  const correct = right === results.length;
  return {
    score: right / results.length,
    correct,
    feedback: correct
      ? words.allRight
      : `${words.right(right, results.length)}${empty ? `, ${empty} ${words.left}` : ""}.`,
  };
}

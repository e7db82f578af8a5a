import { isRecord, shareScore, type Score } from "@/lib/lessons/blocks/score";

export type MatchingPair = { left: string; right: string; explanation?: string };
/**
 * Match each left item (say, a workload) to a right-hand item (the store that
 * suits it). Several pairs may share a right-hand item; `distractors` are
 * extra right-hand items that match nothing.
 */
export type MatchingProps = { id: string; prompt: string; pairs: MatchingPair[]; distractors?: string[] };
/**
 * For each pair, in the author's order, the index of the chosen right-hand
 * item in `matchingOptions(props)`, or null when left unmatched.
 */
export type MatchingAnswer = { matches: (number | null)[] };

/**
 * The right-hand items a learner picks from: each pair's right item once (in
 * order of first use), then the distractors. Answers index into this list;
 * the page shows it shuffled.
 */
export function matchingOptions(props: MatchingProps): string[] {
  // Trimmed as the checker trims them, so the page (which gets the props as written) agrees with the server.
  return [...new Set([...props.pairs.map((pair) => pair.right), ...(props.distractors ?? [])].map((s) => s.trim()))];
}

/** The index in `matchingOptions` of each pair's right item. */
export function matchingKey(props: MatchingProps): number[] {
  const options = matchingOptions(props);
  return props.pairs.map((pair) => options.indexOf(pair.right.trim()));
}

export function asMatchingAnswer(value: unknown): MatchingAnswer | null {
  if (!isRecord(value) || !Array.isArray(value.matches)) return null;
  const valid = value.matches.every((entry) => entry === null || (Number.isInteger(entry) && (entry as number) >= 0));
  return valid ? { matches: value.matches as MatchingAnswer["matches"] } : null;
}

/** Checks an answer fits the block: one entry per pair, each an existing right-hand item or null. */
export function matchingAnswerProblem(props: MatchingProps, answer: MatchingAnswer): string | null {
  const n = props.pairs.length;
  if (answer.matches.length !== n) return `the answer must have one entry per pair: ${n}, not ${answer.matches.length}`;
  const options = matchingOptions(props).length;
  if (answer.matches.some((index) => index !== null && index >= options))
    return "a right-hand item that does not exist was chosen";
  return null;
}

export type PairResult = { correct: boolean; answered: boolean; expected: string; explanation?: string };

export function matchingResults(props: MatchingProps, answer: MatchingAnswer): PairResult[] {
  const key = matchingKey(props);
  return props.pairs.map((pair, index) => {
    const given = answer.matches[index] ?? null;
    return {
      correct: given === key[index],
      answered: given !== null,
      expected: pair.right,
      explanation: pair.explanation,
    };
  });
}

/** Each pair counts the same: the score is the share of left items matched right. */
export function scoreMatching(props: MatchingProps, answer: MatchingAnswer): Score {
  return shareScore(matchingResults(props, answer), {
    allRight: "Every pair matches.",
    right: (right, total) => `${right} of ${total} matched right`,
    left: "left unmatched",
  });
}

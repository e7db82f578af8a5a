/**
 * A lesson's scorecard and state, from its exercises and the learner's
 * attempts. Pure, so the lesson's end (from the attempts in the browser) and
 * the course page and dashboard (from the database) tell the same story.
 */

/** A scored exercise of a lesson: its block id, a label for links, and the parts answered one by one. */
export type Exercise = { id: string; label: string; units: string[] };

/** How one part of an exercise went: its first attempt and its latest. */
export type UnitResult = { blockId: string; unit: string; first: boolean; latest: boolean };

/**
 * - `read`: the learner reached the end;
 * - `practised`: every exercise answered;
 * - `mastered`: every exercise right, first time or on a later try.
 */
export type LessonState = "not-started" | "in-progress" | "read" | "practised" | "mastered";

export const LESSON_STATE_LABELS: Record<LessonState, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  read: "Read",
  practised: "Practised",
  mastered: "Mastered",
};

export type Scorecard<Scored = Exercise> = {
  state: LessonState;
  total: number;
  answered: number;
  /** Share of the answered parts right on the first try (0..1), null before any answer. */
  firstTry: number | null;
  /** Answered, and still wrong at the latest try: to retry. */
  missed: Scored[];
  /** Wrong the first time, right since. */
  putRight: Scored[];
  /** Not answered yet (or only some of their parts). */
  unanswered: Scored[];
};

/** The part of an exercise an attempt answers: a deck's card, a simulator's scenario, or "" for the whole. */
export function attemptUnit(answer: unknown): string {
  const named = answer as { card?: unknown; scenario?: unknown } | null;
  const unit = named?.card ?? named?.scenario;
  return typeof unit === "string" ? unit : "";
}

/** First and latest result per part, from attempts in any order. */
export function unitResults(
  attempts: { blockId: string; answer: unknown; correct: boolean; createdAt: string }[],
): UnitResult[] {
  const byUnit = new Map<
    string,
    { blockId: string; unit: string; first: [string, boolean]; latest: [string, boolean] }
  >();
  for (const attempt of attempts) {
    const unit = attemptUnit(attempt.answer);
    const key = `${attempt.blockId}\u0000${unit}`;
    const seen = byUnit.get(key);
    const at: [string, boolean] = [attempt.createdAt, attempt.correct];
    if (!seen) byUnit.set(key, { blockId: attempt.blockId, unit, first: at, latest: at });
    else {
      if (attempt.createdAt < seen.first[0]) seen.first = at;
      if (attempt.createdAt >= seen.latest[0]) seen.latest = at;
    }
  }
  return [...byUnit.values()].map(({ blockId, unit, first, latest }) => ({
    blockId,
    unit,
    first: first[1],
    latest: latest[1],
  }));
}

/** `reading`: whether the learner reached the lesson's end, and whether they opened it at all. */
export function scorecard<Scored extends Pick<Exercise, "id" | "units">>(
  exercises: Scored[],
  results: UnitResult[],
  reading: { reachedEnd: boolean; started: boolean },
): Scorecard<Scored> {
  const byKey = new Map(results.map((result) => [`${result.blockId}\u0000${result.unit}`, result]));
  const missed: Scored[] = [];
  const putRight: Scored[] = [];
  const unanswered: Scored[] = [];
  let answered = 0;
  let firstRight = 0;
  let partsAnswered = 0;
  for (const exercise of exercises) {
    const parts = exercise.units.map((unit) => byKey.get(`${exercise.id}\u0000${unit}`));
    const done = parts.filter((part) => part !== undefined);
    partsAnswered += done.length;
    firstRight += done.filter((part) => part.first).length;
    if (done.length < parts.length) unanswered.push(exercise);
    else answered += 1;
    if (done.some((part) => !part.latest)) missed.push(exercise);
    else if (done.length === parts.length && done.some((part) => !part.first)) putRight.push(exercise);
  }
  const allAnswered = exercises.length > 0 && answered === exercises.length;
  let state: LessonState;
  if (allAnswered && missed.length === 0) state = "mastered";
  else if (allAnswered) state = "practised";
  else if (reading.reachedEnd) state = "read";
  else state = reading.started || partsAnswered > 0 ? "in-progress" : "not-started";
  return {
    state,
    total: exercises.length,
    answered,
    firstTry: partsAnswered ? firstRight / partsAnswered : null,
    missed,
    putRight,
    unanswered,
  };
}

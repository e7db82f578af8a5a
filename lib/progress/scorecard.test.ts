import { describe, expect, it } from "vitest";
import { lessonExercises } from "@/lib/content/exercises";
import { getLesson } from "@/lib/content/lessons";
import { attemptUnit, scorecard, unitResults, type Exercise } from "@/lib/progress/scorecard";

const quiz: Exercise = { id: "quiz", label: "Which store?", units: [""] };
const deck: Exercise = { id: "deck", label: "Pick one", units: ["a", "b"] };
const sim: Exercise = { id: "sim", label: "Ring", units: ["s1"] };
const EXERCISES = [quiz, deck, sim];

let clock = 0;
const at = () => new Date(Date.UTC(2026, 11, 1, 0, 0, clock++)).toISOString();
const attempt = (blockId: string, correct: boolean, answer: unknown = {}) => ({
  blockId,
  answer,
  correct,
  createdAt: at(),
});
const reading = { reachedEnd: false, started: true };

describe("attemptUnit", () => {
  it("names a deck's card, a simulator's scenario, or the whole exercise", () => {
    expect(attemptUnit({ card: "a", choice: "x" })).toBe("a");
    expect(attemptUnit({ scenario: "s1", choice: "x" })).toBe("s1");
    expect(attemptUnit({ selected: [1] })).toBe("");
    expect(attemptUnit(null)).toBe("");
  });
});

describe("unitResults", () => {
  it("keeps the first and the latest result of each part, whatever order the attempts come in", () => {
    const first = attempt("deck", false, { card: "a" });
    const later = attempt("deck", true, { card: "a" });
    const other = attempt("deck", true, { card: "b" });
    expect(unitResults([later, other, first])).toEqual([
      { blockId: "deck", unit: "a", first: false, latest: true },
      { blockId: "deck", unit: "b", first: true, latest: true },
    ]);
  });
});

describe("scorecard", () => {
  it("is not started before anything, and in progress once opened", () => {
    expect(scorecard(EXERCISES, [], { reachedEnd: false, started: false })).toMatchObject({
      state: "not-started",
      answered: 0,
      total: 3,
      firstTry: null,
      unanswered: EXERCISES,
    });
    expect(scorecard(EXERCISES, [], reading).state).toBe("in-progress");
  });

  it("is read at the end even with exercises left, and lists them", () => {
    const card = scorecard(EXERCISES, unitResults([attempt("quiz", false)]), { reachedEnd: true, started: true });
    expect(card.state).toBe("read");
    expect(card.missed.map((exercise) => exercise.id)).toEqual(["quiz"]);
    expect(card.unanswered.map((exercise) => exercise.id)).toEqual(["deck", "sim"]);
  });

  it("counts a deck as answered only when every card is, and scores the first try per part", () => {
    const card = scorecard(
      EXERCISES,
      unitResults([
        attempt("quiz", true),
        attempt("deck", true, { card: "a" }),
        attempt("sim", false, { scenario: "s1" }),
      ]),
      reading,
    );
    expect(card.answered).toBe(2);
    expect(card.unanswered.map((exercise) => exercise.id)).toEqual(["deck"]);
    expect(card.firstTry).toBeCloseTo(2 / 3);
    expect(card.state).toBe("in-progress");
  });

  it("is practised when every exercise is answered with some still wrong, mastered once all are right", () => {
    const answers = [
      attempt("quiz", false),
      attempt("deck", true, { card: "a" }),
      attempt("deck", false, { card: "b" }),
      attempt("sim", true, { scenario: "s1" }),
    ];
    const practised = scorecard(EXERCISES, unitResults(answers), reading);
    expect(practised.state).toBe("practised");
    expect(practised.missed.map((exercise) => exercise.id)).toEqual(["quiz", "deck"]);
    expect(practised.firstTry).toBe(2 / 4);

    // Put right later (a retry or a review): mastered, and the first-try score stays what it was.
    const retried = [...answers, attempt("quiz", true), attempt("deck", true, { card: "b" })];
    const mastered = scorecard(EXERCISES, unitResults(retried), reading);
    expect(mastered.state).toBe("mastered");
    expect(mastered.missed).toEqual([]);
    expect(mastered.putRight.map((exercise) => exercise.id)).toEqual(["quiz", "deck"]);
    expect(mastered.firstTry).toBe(2 / 4);
  });

  it("falls back from mastered when a later answer is wrong", () => {
    const answers = [attempt("quiz", true), attempt("quiz", false)];
    const card = scorecard([quiz], unitResults(answers), reading);
    expect(card.state).toBe("practised");
    expect(card.missed).toEqual([quiz]);
  });

  it("is never mastered without exercises: a lesson with none is read at its end", () => {
    expect(scorecard([], [], { reachedEnd: true, started: true }).state).toBe("read");
  });
});

describe("lessonExercises", () => {
  it("lists a lesson's scored exercises with their parts: a deck by card, a simulator by scenario, no Reveal", async () => {
    const lesson = (await getLesson("the-database-decision-tree"))!;
    const exercises = lessonExercises(lesson.analysis);
    const deck = lesson.analysis.blocks.find((block) => block.id === "pick-the-datastore")!;
    const cards = (deck.props.cards as unknown as { id: string }[]).map((card) => card.id);
    expect(exercises.find((exercise) => exercise.id === "pick-the-datastore")?.units).toEqual(cards);
    const simulator = exercises.find((exercise) => exercise.id === "partition-key-designer")!;
    expect(simulator.label).toBe("Partition key designer");
    expect(simulator.units.length).toBeGreaterThanOrEqual(3);
    expect(
      exercises.some((exercise) => lesson.analysis.blocks.find((b) => b.id === exercise.id)?.name === "Reveal"),
    ).toBe(false);
    for (const exercise of exercises) expect(exercise.label.length).toBeLessThanOrEqual(110);
  });
});

import { describe, expect, it } from "vitest";
import {
  describeWait,
  newSchedule,
  previewIntervals,
  Rating,
  review,
  State,
  suggestedRating,
  type Schedule,
} from "@/lib/review/schedule";

const T0 = new Date("2026-12-02T09:00:00Z");
const at = (days: number, minutes = 0) => new Date(T0.getTime() + days * 86_400_000 + minutes * 60_000);
const daysUntil = (schedule: Schedule, from: Date) => (Date.parse(schedule.due) - from.getTime()) / 86_400_000;

describe("a card's life cycle (FSRS)", () => {
  it("a miss makes a new card due at once, the same day", () => {
    const card = newSchedule(T0);
    expect(card).toMatchObject({ state: State.New, reps: 0, lapses: 0, due: T0.toISOString() });
  });

  it("a good answer puts it off: minutes while learning, then days, each interval longer", () => {
    let card = review(newSchedule(T0), Rating.Good, T0);
    expect(card.state).toBe(State.Learning);
    expect(Date.parse(card.due)).toBeGreaterThan(T0.getTime());
    expect(daysUntil(card, T0)).toBeLessThan(1);

    card = review(card, Rating.Good, new Date(card.due));
    expect(card.state).toBe(State.Review);
    const first = daysUntil(card, new Date(card.lastReview!));
    expect(first).toBeGreaterThanOrEqual(1);

    card = review(card, Rating.Good, new Date(card.due));
    const second = daysUntil(card, new Date(card.lastReview!));
    expect(second).toBeGreaterThan(first);
    expect(card.reps).toBe(3);
  });

  it("again on a card in review sends it to relearning, counts a lapse and brings it back the same day", () => {
    let card = newSchedule(T0);
    for (const when of [T0, at(0, 10), at(3), at(12)]) card = review(card, Rating.Good, when);
    expect(card.state).toBe(State.Review);
    const lapse = at(40);
    const after = review(card, Rating.Again, lapse);
    expect(after.state).toBe(State.Relearning);
    expect(after.lapses).toBe(card.lapses + 1);
    expect(daysUntil(after, lapse)).toBeLessThan(1);
    expect(after.stability).toBeLessThan(card.stability);
  });

  it("easy waits longer than good, and good longer than hard", () => {
    let card = newSchedule(T0);
    for (const when of [T0, at(0, 10), at(3)]) card = review(card, Rating.Good, when);
    const now = at(10);
    const wait = (rating: Rating.Hard | Rating.Good | Rating.Easy) => daysUntil(review(card, rating, now), now);
    expect(wait(Rating.Easy)).toBeGreaterThan(wait(Rating.Good));
    expect(wait(Rating.Good)).toBeGreaterThan(wait(Rating.Hard));
  });

  it("the same answers give the same dates (no fuzz), as a visitor's queue merged later must", () => {
    const run = () => review(review(newSchedule(T0), Rating.Good, at(0, 1)), Rating.Easy, at(1));
    expect(run()).toEqual(run());
  });

  it("previews each rating's wait for the buttons", () => {
    const waits = previewIntervals(newSchedule(T0), T0);
    expect(waits[Rating.Again]).toBe("in 1 min");
    expect(waits[Rating.Good]).toBe("in 10 min");
    expect(waits[Rating.Easy]).toMatch(/^in \d+ days?$/);
  });
});

describe("suggestedRating", () => {
  it("wrong is again, whatever the time", () => {
    expect(suggestedRating({ correct: false, ms: 1000, kind: "quiz" })).toBe(Rating.Again);
  });

  it("right is easy when quick, hard when slow, good between, by the kind of exercise", () => {
    expect(suggestedRating({ correct: true, ms: 8_000, kind: "quiz" })).toBe(Rating.Easy);
    expect(suggestedRating({ correct: true, ms: 20_000, kind: "quiz" })).toBe(Rating.Good);
    expect(suggestedRating({ correct: true, ms: 45_000, kind: "quiz" })).toBe(Rating.Hard);
    // Working out a number takes longer than reading a card: 20 s is quick for it.
    expect(suggestedRating({ correct: true, ms: 20_000, kind: "numeric" })).toBe(Rating.Easy);
    expect(suggestedRating({ correct: true, ms: 20_000, kind: "decision" })).toBe(Rating.Good);
    // A kind without its own times uses the default (15 s, 60 s).
    expect(suggestedRating({ correct: true, ms: 70_000, kind: "QuorumExplorer" })).toBe(Rating.Hard);
  });
});

describe("describeWait", () => {
  it.each([
    [0.5, "in 1 min"],
    [10, "in 10 min"],
    [90, "in 2 h"],
    [60 * 24, "in 1 day"],
    [60 * 24 * 3.4, "in 3 days"],
    [60 * 24 * 90, "in 3 months"],
    [60 * 24 * 800, "in 2 years"],
  ])("%s minutes reads %s", (minutes, text) => {
    expect(describeWait(T0, at(0, minutes))).toBe(text);
  });
});

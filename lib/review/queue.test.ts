import { describe, expect, it } from "vitest";
import { dueNow, keyOf, keyText, localCards } from "@/lib/review/queue";
import { newSchedule, Rating, review, State } from "@/lib/review/schedule";
import type { ReviewEvent } from "@/lib/review/validations";

const attempt = (
  blockId: string,
  correct: boolean,
  createdAt: string,
  answer: unknown = {},
  score = correct ? 1 : 0,
) => ({
  blockId,
  answer,
  score: score as number | null,
  correct,
  createdAt,
});
const reviewOf = (block: string, rating: 1 | 2 | 3 | 4, at: string, unit = ""): ReviewEvent => ({
  type: "review",
  id: crypto.randomUUID(),
  at,
  card: { lesson: "caching", block, unit },
  rating,
});

describe("a visitor's local queue", () => {
  it("makes a card of each scored miss when it happened; a right answer or an unscored one makes none", () => {
    const cards = localCards(
      {
        caching: {
          attempts: [
            attempt("quiz-a", false, "2026-12-01T10:00:00.000Z"),
            attempt("quiz-a", false, "2026-12-01T10:05:00.000Z"),
            attempt("quiz-b", true, "2026-12-01T10:01:00.000Z"),
            attempt("reveal", false, "2026-12-01T10:02:00.000Z", {}, null as never),
            attempt("deck", false, "2026-12-01T10:03:00.000Z", { card: "c2", choice: "x" }),
          ],
        },
      },
      [],
    );
    expect(cards.map((card) => [card.id, card.reason, card.createdAt])).toEqual([
      ["caching/quiz-a/", "missed", "2026-12-01T10:00:00.000Z"],
      ["caching/deck/c2", "missed", "2026-12-01T10:03:00.000Z"],
    ]);
    expect(cards[0]!.schedule).toEqual(newSchedule(new Date("2026-12-01T10:00:00.000Z")));
  });

  it("makes a card of a guess, and folds reviews in the order they happened, whatever order they are stored in", () => {
    const guess: ReviewEvent = {
      type: "guess",
      id: crypto.randomUUID(),
      at: "2026-12-01T11:00:00.000Z",
      card: { lesson: "caching", block: "quiz-b", unit: "" },
    };
    const second = reviewOf("quiz-b", 3, "2026-12-01T11:20:00.000Z");
    const first = reviewOf("quiz-b", 3, "2026-12-01T11:01:00.000Z");
    const [card] = localCards({}, [second, guess, first]);
    const expected = review(
      review(newSchedule(new Date(guess.at)), Rating.Good, new Date(first.at)),
      Rating.Good,
      new Date(second.at),
    );
    expect(card).toMatchObject({ id: "caching/quiz-b/", reason: "guess", schedule: expected });
    expect(card!.schedule.state).toBe(State.Review);
  });

  it("ignores a review of a card it does not have", () => {
    expect(localCards({}, [reviewOf("quiz-z", 1, "2026-12-01T11:00:00.000Z")])).toEqual([]);
  });

  it("deals only the cards due now, soonest first", () => {
    const cards = localCards(
      {
        caching: {
          attempts: [
            attempt("later", false, "2026-12-01T09:00:00.000Z"),
            attempt("sooner", false, "2026-12-01T08:00:00.000Z"),
          ],
        },
      },
      [reviewOf("later", 3, "2026-12-01T09:30:00.000Z")],
    );
    // "later" was answered well at 09:30, so it waits ten minutes; "sooner" is still due.
    expect(dueNow(cards, new Date("2026-12-01T09:35:00.000Z")).map((card) => card.blockId)).toEqual(["sooner"]);
    expect(dueNow(cards, new Date("2026-12-01T09:45:00.000Z")).map((card) => card.blockId)).toEqual([
      "sooner",
      "later",
    ]);
  });

  it("names a card by its lesson, block and part", () => {
    const key = keyOf({ lessonSlug: "caching", blockId: "deck", unit: "c2" });
    expect(key).toEqual({ lesson: "caching", block: "deck", unit: "c2" });
    expect(keyText(key)).toBe("caching/deck/c2");
  });
});

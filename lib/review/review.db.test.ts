import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import * as cardRoute from "@/app/api/review/cards/[id]/route";
import { getPrisma } from "@/lib/db/client";
import { saveAttempts } from "@/lib/progress/attempts";
import { cardWithHistory, dueCards, dueCounts, removeCard, saveReviewEvents, studyCounts } from "@/lib/review/cards";
import { newSchedule, Rating, review, State, type ReviewRating, type Schedule } from "@/lib/review/schedule";
import type { CardKey, ReviewEvent } from "@/lib/review/validations";
import { importVisitorWork } from "@/lib/visitor-work/import-visitor-work";
import { visitorWorkBody } from "@/lib/visitor-work/schema";

const LESSON = "the-art-of-scoping";
// Quiz: 99.99 % (index 2) is the cheapest target within one hour a year; 99 % (index 0) is wrong.
const QUIZ = "one-hour-budget";
const QUIZ_WRONG = { selected: [0] };
const QUIZ_RIGHT = { selected: [2] };
// Another quiz of the same lesson, for a second whole-exercise card.
const OTHER_QUIZ = "fr-or-nfr";
const THIRD_QUIZ = "rewrite-fast";
// A DecisionGame: each card of the deck is its own part (unit). Answers from the lesson's cards.
const DECK = "monolith-or-microservices";
const EIGHT = "eight-engineers-mvp"; // monolith
const SIXTY = "sixty-engineers-six-teams"; // microservices
const TWELVE = "twelve-engineers-future-scale"; // monolith
// Free text the learner compares: never scored, so never a card.
const REVEAL = "rideshare-actors-journeys";

const key = (block: string, unit = ""): CardKey => ({ lesson: LESSON, block, unit });
const QUIZ_KEY = key(QUIZ);

// A fixed clock: every save is given `now`, so dates are exact.
const T = new Date("2026-03-10T12:00:00.000Z");
const minutes = (n: number, from = T) => new Date(from.getTime() + n * 60_000);

async function newUser() {
  const row = await getPrisma().user.create({
    data: { name: "Learner", email: `review-${randomUUID()}@example.com`, passwordHash: "x" },
    select: { id: true },
  });
  return row.id;
}

const attempt = (block: string, answer: unknown, at: Date, id: string = randomUUID()) => ({
  id,
  lesson: LESSON,
  block,
  answer,
  at: at.toISOString(),
});

const guess = (card: CardKey, at: Date, id: string = randomUUID()): ReviewEvent => ({
  type: "guess",
  id,
  at: at.toISOString(),
  card,
});

const rate = (card: CardKey, rating: ReviewRating, at: Date, id: string = randomUUID()): ReviewEvent => ({
  type: "review",
  id,
  at: at.toISOString(),
  card,
  rating,
  ms: 4200,
});

const cardsOf = (userId: string) =>
  getPrisma().reviewCard.findMany({ where: { userId }, orderBy: [{ blockId: "asc" }, { unit: "asc" }] });

const logsOf = (userId: string) =>
  getPrisma().reviewLog.findMany({ where: { userId }, orderBy: { reviewedAt: "asc" } });

/** The stored card (with its reviews) for one exercise part of one user. */
async function stored(userId: string, card: CardKey) {
  const row = await getPrisma().reviewCard.findUniqueOrThrow({
    where: {
      userId_lessonSlug_blockId_unit: { userId, lessonSlug: card.lesson, blockId: card.block, unit: card.unit },
    },
    select: { id: true },
  });
  return (await cardWithHistory(userId, row.id))!;
}

/** One user with a missed quiz, so a card exists to review. */
async function userWithMissedQuiz(at = minutes(-60)) {
  const user = await newUser();
  await saveAttempts(user, [attempt(QUIZ, QUIZ_WRONG, at)], T);
  return user;
}

/** The pure fold: a card made at `madeAt`, then each review in order. */
const fold = (madeAt: Date, reviews: [ReviewRating, Date][]): Schedule =>
  reviews.reduce((schedule, [rating, at]) => review(schedule, rating, at), newSchedule(madeAt));

describe("cards from missed answers (saveAttempts)", () => {
  it("a wrong answer makes one card due at the answer's time; a right answer and a Reveal make none; a retry adds nothing", async () => {
    const me = await newUser();
    const wrongAt = minutes(-30);
    const batch = [
      attempt(QUIZ, QUIZ_WRONG, wrongAt),
      attempt(DECK, { card: EIGHT, choice: "monolith" }, minutes(-20)), // right
      attempt(REVEAL, { text: "Riders and drivers; request a ride, accept a ride." }, minutes(-10)),
    ];
    const results = await saveAttempts(me, batch, T);
    expect(results.map((result) => [result.ok, result.ok && result.correct])).toEqual([
      [true, false],
      [true, true],
      [true, false], // a Reveal is stored as not correct, yet it is not a miss
    ]);

    const cards = await cardsOf(me);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({
      lessonSlug: LESSON,
      blockId: QUIZ,
      unit: "",
      reason: "missed",
      due: wrongAt,
      state: State.New,
      reps: 0,
      lapses: 0,
      lastReview: null,
    });

    // A retry of the same answers (same ids) stores nothing and adds no card.
    expect(await saveAttempts(me, batch, T)).toEqual(results);
    expect(await cardsOf(me)).toEqual(cards);
    expect(await getPrisma().attempt.count({ where: { userId: me } })).toBe(3);

    // A later miss of the same exercise keeps the card and its schedule.
    await saveAttempts(me, [attempt(QUIZ, QUIZ_WRONG, minutes(-5))], T);
    expect(await cardsOf(me)).toEqual(cards);

    // The same quiz answered right makes no card.
    const right = await newUser();
    expect(await saveAttempts(right, [attempt(QUIZ, QUIZ_RIGHT, minutes(-5))], T)).toMatchObject([{ correct: true }]);
    expect(await cardsOf(right)).toEqual([]);
  });

  it("a missed deck card makes a card for that deck card alone: its unit is the deck card's id", async () => {
    const me = await newUser();
    const at = minutes(-15);
    await saveAttempts(
      me,
      [
        attempt(DECK, { card: EIGHT, choice: "microservices" }, at),
        attempt(DECK, { card: SIXTY, choice: "microservices" }, at),
      ],
      T,
    );
    const cards = await cardsOf(me);
    expect(cards.map((card) => [card.blockId, card.unit, card.reason, card.due])).toEqual([
      [DECK, EIGHT, "missed", at],
    ]);
    expect((await stored(me, key(DECK, EIGHT))).schedule).toEqual(newSchedule(at));
  });
});

describe("guess events", () => {
  it("make a card marked as a guess, due at once; the same event again, or another guess, changes nothing", async () => {
    const me = await newUser();
    const at = minutes(-3);
    const event = guess(key(DECK, TWELVE), at);
    expect(await saveReviewEvents(me, [event], T)).toEqual([{ id: event.id, ok: true }]);
    const cards = await cardsOf(me);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ blockId: DECK, unit: TWELVE, reason: "guess", due: at, state: State.New });

    expect(await saveReviewEvents(me, [event], T)).toEqual([{ id: event.id, ok: true }]);
    const again = guess(key(DECK, TWELVE), minutes(-1));
    expect(await saveReviewEvents(me, [again], T)).toEqual([{ id: again.id, ok: true }]);
    expect(await cardsOf(me)).toEqual(cards);
  });

  it("refuse, one by one, an exercise the lesson does not have and a deck card it does not have", async () => {
    const me = await newUser();
    const events = [guess(key("no-such-block"), T), guess(key(DECK, "no-such-card"), T), guess(key(DECK), T)];
    const results = await saveReviewEvents(me, events, T);
    expect(results.map((result) => (result.ok ? "ok" : result.error))).toEqual([
      'lesson "the-art-of-scoping" has no scored exercise "no-such-block"',
      'exercise "monolith-or-microservices" has no part "no-such-card"',
      'exercise "monolith-or-microservices" has no part ""',
    ]);
    expect(await cardsOf(me)).toEqual([]);
  });
});

describe("review events", () => {
  it("Good schedules the card later, exactly as the pure scheduler does, and logs the review", async () => {
    const madeAt = minutes(-60);
    const me = await userWithMissedQuiz(madeAt);
    const before = (await stored(me, QUIZ_KEY)).schedule;
    expect(before).toEqual(newSchedule(madeAt));

    const event = rate(QUIZ_KEY, Rating.Good, minutes(-1));
    expect(await saveReviewEvents(me, [event], T)).toEqual([{ id: event.id, ok: true }]);
    const after = await stored(me, QUIZ_KEY);
    expect(after.schedule).toEqual(review(before, Rating.Good, minutes(-1)));
    expect(Date.parse(after.schedule.due)).toBeGreaterThan(Date.parse(before.due));
    expect(after.schedule).toMatchObject({ state: State.Learning, reps: 1 });
    expect(after.reviews).toEqual([
      { rating: Rating.Good, reviewedAt: minutes(-1).toISOString(), due: after.schedule.due, durationMs: 4200 },
    ]);
    expect(await logsOf(me)).toMatchObject([{ id: event.id, cardId: after.id, state: State.New, rating: 3 }]);
  });

  it("Again on a card in Review puts it in Relearning with one more lapse", async () => {
    const madeAt = new Date("2026-03-01T09:00:00.000Z");
    const me = await userWithMissedQuiz(madeAt);
    // Good, then Good when due, then Good when due again: the card reaches Review.
    const goods: [ReviewRating, Date][] = [];
    let schedule = newSchedule(madeAt);
    for (let i = 0; i < 3; i++) {
      const at = new Date(Date.parse(schedule.due) + 60_000 * (i + 1));
      goods.push([Rating.Good, at]);
      expect(await saveReviewEvents(me, [rate(QUIZ_KEY, Rating.Good, at)], T)).toMatchObject([{ ok: true }]);
      schedule = (await stored(me, QUIZ_KEY)).schedule;
    }
    expect(schedule).toEqual(fold(madeAt, goods));
    expect(schedule.state).toBe(State.Review);
    expect(schedule.lapses).toBe(0);

    // Forgotten when it falls due (the server's clock is then, too: a review from the future would be refused).
    const lapseAt = new Date(schedule.due);
    expect(await saveReviewEvents(me, [rate(QUIZ_KEY, Rating.Again, lapseAt)], lapseAt)).toMatchObject([{ ok: true }]);
    const after = await stored(me, QUIZ_KEY);
    expect(after.schedule).toEqual(fold(madeAt, [...goods, [Rating.Again, lapseAt]]));
    expect(after.schedule).toMatchObject({ state: State.Relearning, lapses: 1, reps: 4 });
    expect(after.reviews.map((log) => log.rating)).toEqual([Rating.Again, Rating.Good, Rating.Good, Rating.Good]);
  });

  it("the same review sent twice is stored once, and both sends are acknowledged", async () => {
    const me = await userWithMissedQuiz();
    const event = rate(QUIZ_KEY, Rating.Good, minutes(-2));
    expect(await saveReviewEvents(me, [event], T)).toEqual([{ id: event.id, ok: true }]);
    const once = await stored(me, QUIZ_KEY);
    expect(await saveReviewEvents(me, [event], T)).toEqual([{ id: event.id, ok: true }]);
    // Later, too (the card has changed since): a stored id is still a no-op.
    expect(await saveReviewEvents(me, [event], minutes(60))).toEqual([{ id: event.id, ok: true }]);
    expect(await stored(me, QUIZ_KEY)).toEqual(once);
    expect(once.schedule.reps).toBe(1);
    expect(await getPrisma().reviewLog.count({ where: { userId: me } })).toBe(1);
  });

  it("the same review sent from two tabs at once is stored once, and both are acknowledged", async () => {
    const madeAt = minutes(-60);
    const me = await userWithMissedQuiz(madeAt);
    const event = rate(QUIZ_KEY, Rating.Good, minutes(-2));
    const results = await Promise.all([
      saveReviewEvents(me, [event], T),
      saveReviewEvents(me, [event], T),
      saveReviewEvents(me, [event], T),
    ]);
    expect(results).toEqual([0, 1, 2].map(() => [{ id: event.id, ok: true }]));
    const after = await stored(me, QUIZ_KEY);
    expect(after.schedule).toEqual(fold(madeAt, [[Rating.Good, minutes(-2)]]));
    expect(after.schedule.reps).toBe(1);
    expect(after.reviews).toHaveLength(1);
    expect(await getPrisma().reviewLog.count({ where: { userId: me } })).toBe(1);
  });

  it("two different reviews of one card at once are both applied, one after the other", async () => {
    const madeAt = minutes(-60);
    const me = await userWithMissedQuiz(madeAt);
    const results = await Promise.all([
      saveReviewEvents(me, [rate(QUIZ_KEY, Rating.Good, minutes(-2))], T),
      saveReviewEvents(me, [rate(QUIZ_KEY, Rating.Good, minutes(-2))], T),
    ]);
    expect(results.flat().map((result) => result.ok)).toEqual([true, true]);
    const after = await stored(me, QUIZ_KEY);
    expect(after.schedule.reps).toBe(2);
    expect(after.reviews).toHaveLength(2);
  });
});

describe("one user's cards are invisible to another", () => {
  const SECRET = "review-test-secret-0123456789abcdef0123";
  const cookieFor = async (userId: string) =>
    `next-auth.session-token=${await encode({ token: { id: userId, role: "CANDIDATE" }, secret: SECRET })}`;
  const call = async (method: "GET" | "DELETE", id: string, cookie?: string) => {
    const request = new NextRequest(`http://localhost/api/review/cards/${encodeURIComponent(id)}`, {
      method,
      headers: cookie ? { cookie } : {},
    });
    const context = { params: Promise.resolve({ id }) };
    return method === "GET" ? cardRoute.GET(request, context) : cardRoute.DELETE(request, context);
  };

  let alice = "";
  let bob = "";
  let aliceCard = "";
  let aliceReview: ReviewEvent;
  beforeAll(async () => {
    process.env.NEXTAUTH_SECRET = SECRET;
    alice = await userWithMissedQuiz();
    bob = await newUser();
    aliceReview = rate(QUIZ_KEY, Rating.Good, minutes(-2));
    await saveReviewEvents(alice, [aliceReview], T);
    aliceCard = (await stored(alice, QUIZ_KEY)).id;
  });

  it("cardWithHistory and removeCard of another user's card find nothing and change nothing", async () => {
    const before = await cardWithHistory(alice, aliceCard);
    expect(before?.reviews).toHaveLength(1);
    expect(await cardWithHistory(bob, aliceCard)).toBeNull();
    expect(await removeCard(bob, aliceCard)).toBe(false);
    expect(await cardWithHistory(alice, aliceCard)).toEqual(before);
    expect(await dueCards(bob, minutes(24 * 60))).toEqual([]);
    expect(await dueCounts(bob, minutes(24 * 60))).toEqual({ now: 0, today: 0, total: 0 });
  });

  it("a review of the same exercise by a user without the card is refused and leaves the other's card alone", async () => {
    const before = await cardWithHistory(alice, aliceCard);
    const event = rate(QUIZ_KEY, Rating.Again, minutes(-1));
    expect(await saveReviewEvents(bob, [event], T)).toEqual([
      { id: event.id, ok: false, error: "there is no review card for this exercise" },
    ]);
    expect(await cardWithHistory(alice, aliceCard)).toEqual(before);
    expect(await cardsOf(bob)).toEqual([]);
    expect(await logsOf(bob)).toEqual([]);
  });

  it("a review whose id another user's review has is refused, and changes neither card", async () => {
    await saveAttempts(bob, [attempt(QUIZ, QUIZ_WRONG, minutes(-30))], T);
    const bobBefore = await stored(bob, QUIZ_KEY);
    const aliceBefore = await cardWithHistory(alice, aliceCard);
    const reused = { ...aliceReview, at: minutes(-1).toISOString() } as ReviewEvent;
    const [result] = await saveReviewEvents(bob, [reused], T);
    expect(result).toMatchObject({ id: aliceReview.id, ok: false, error: expect.stringContaining("already in use") });
    expect(await stored(bob, QUIZ_KEY)).toEqual(bobBefore);
    expect(await cardWithHistory(alice, aliceCard)).toEqual(aliceBefore);
  });

  it("the card route answers 404 for another user's card, 401 without a session, and serves and deletes one's own", async () => {
    const [aliceCookie, bobCookie] = [await cookieFor(alice), await cookieFor(bob)];

    const bobGet = await call("GET", aliceCard, bobCookie);
    expect(bobGet.status).toBe(404);
    expect(await bobGet.json()).toEqual({ error: "There is no such review card." });
    expect((await call("DELETE", aliceCard, bobCookie)).status).toBe(404);
    // Another user's card answers exactly as one that does not exist.
    const missing = await call("GET", "no-such-card", bobCookie);
    expect([missing.status, await missing.json()]).toEqual([404, { error: "There is no such review card." }]);

    for (const method of ["GET", "DELETE"] as const) {
      expect((await call(method, aliceCard)).status).toBe(401);
      expect((await call(method, aliceCard, "next-auth.session-token=eyJhbGciOiJkaXIi.garbage")).status).toBe(401);
    }

    const mine = await call("GET", aliceCard, aliceCookie);
    expect(mine.status).toBe(200);
    expect(await mine.json()).toMatchObject({ id: aliceCard, blockId: QUIZ, reviews: [{ rating: Rating.Good }] });

    expect((await call("DELETE", aliceCard, aliceCookie)).status).toBe(204);
    expect((await call("GET", aliceCard, aliceCookie)).status).toBe(404);
    // The card's reviews go with it.
    expect(await getPrisma().reviewLog.count({ where: { cardId: aliceCard } })).toBe(0);
  });
});

describe("a visitor's review queue merged at sign-up (importVisitorWork)", () => {
  it("keeps the cards and reviews once, however often it is sent, with the dates the browser computed", async () => {
    const me = await newUser();
    const quizMiss = minutes(-240);
    const deckMiss = minutes(-200);
    const guessAt = minutes(-190);
    const quizReviews: [ReviewRating, Date][] = [
      [Rating.Good, minutes(-180)],
      [Rating.Good, minutes(-100)],
    ];
    const deckReviews: [ReviewRating, Date][] = [[Rating.Again, minutes(-150)]];
    const body = visitorWorkBody.parse({
      attempts: [
        attempt(QUIZ, QUIZ_WRONG, quizMiss),
        attempt(DECK, { card: SIXTY, choice: "monolith" }, deckMiss),
        attempt(DECK, { card: TWELVE, choice: "monolith" }, minutes(-195)), // right, then marked a guess
      ],
      reviews: [
        guess(key(DECK, TWELVE), guessAt),
        ...quizReviews.map(([rating, at]) => rate(QUIZ_KEY, rating, at)),
        ...deckReviews.map(([rating, at]) => rate(key(DECK, SIXTY), rating, at)),
      ],
    });

    const first = await importVisitorWork(me, body, T);
    expect(first.answers).toEqual({ saved: 3, refused: 0 });
    expect(first.reviews).toEqual({ saved: 4, refused: 0 });
    const cards = await cardsOf(me);
    const logs = await logsOf(me);
    expect(cards.map((card) => [card.blockId, card.unit, card.reason])).toEqual([
      [DECK, SIXTY, "missed"],
      [DECK, TWELVE, "guess"],
      [QUIZ, "", "missed"],
    ]);
    expect(logs).toHaveLength(3);

    const second = await importVisitorWork(me, body, minutes(5));
    expect(second.reviews).toEqual({ saved: 4, refused: 0 });
    expect(await cardsOf(me)).toEqual(cards);
    expect(await logsOf(me)).toEqual(logs);

    expect((await stored(me, QUIZ_KEY)).schedule).toEqual(fold(quizMiss, quizReviews));
    expect((await stored(me, key(DECK, SIXTY))).schedule).toEqual(fold(deckMiss, deckReviews));
    expect((await stored(me, key(DECK, TWELVE))).schedule).toEqual(newSchedule(guessAt));
  });
});

describe("the queue: dueCards and dueCounts", () => {
  it("lists only this user's cards due now, soonest first, and counts now, today and all", async () => {
    const me = await newUser();
    await saveAttempts(
      me,
      [
        attempt(QUIZ, QUIZ_WRONG, minutes(-180)),
        attempt(DECK, { card: EIGHT, choice: "microservices" }, minutes(-60)),
        attempt(DECK, { card: SIXTY, choice: "monolith" }, minutes(-120)),
        attempt(DECK, { card: TWELVE, choice: "microservices" }, minutes(-240)),
      ],
      T,
    );
    await saveReviewEvents(
      me,
      [
        // Good a minute ago: back in ten minutes, later today.
        rate(key(DECK, TWELVE), Rating.Good, minutes(-1)),
        // A guess reviewed Good twice: in Review, due in days.
        guess(key(OTHER_QUIZ), minutes(-300)),
        rate(key(OTHER_QUIZ), Rating.Good, minutes(-300)),
        rate(key(OTHER_QUIZ), Rating.Good, minutes(-290)),
        // Due exactly now.
        guess(key(THIRD_QUIZ), T),
      ],
      T,
    );
    // Someone else's card, due before all of mine, is never in my queue.
    const other = await userWithMissedQuiz(minutes(-500));

    const queue = await dueCards(me, T);
    expect(queue.map((card) => [card.blockId, card.unit, card.schedule.due])).toEqual([
      [QUIZ, "", minutes(-180).toISOString()],
      [DECK, SIXTY, minutes(-120).toISOString()],
      [DECK, EIGHT, minutes(-60).toISOString()],
      [THIRD_QUIZ, "", T.toISOString()],
    ]);
    expect((await dueCards(me, T, 2)).map((card) => card.id)).toEqual(queue.slice(0, 2).map((card) => card.id));
    expect(await dueCounts(me, T)).toEqual({ now: 4, today: 5, total: 6 });
    // Ten minutes on, the deck card reviewed Good is due as well.
    expect((await dueCards(me, minutes(10))).map((card) => card.unit)).toContain(TWELVE);
    expect(await dueCounts(other, T)).toEqual({ now: 1, today: 1, total: 1 });
  });
});

describe("studyCounts", () => {
  it("counts answers and reviews per UTC day since a date", async () => {
    const me = await newUser();
    const day = (iso: string) => new Date(iso);
    const now = day("2026-03-11T03:00:00.000Z");
    await saveAttempts(
      me,
      [
        attempt(QUIZ, QUIZ_WRONG, day("2026-03-09T12:00:00.000Z")), // before `since`
        attempt(DECK, { card: EIGHT, choice: "microservices" }, day("2026-03-10T00:00:00.000Z")),
        attempt(DECK, { card: SIXTY, choice: "microservices" }, day("2026-03-10T23:59:00.000Z")),
        attempt(DECK, { card: TWELVE, choice: "microservices" }, day("2026-03-11T00:30:00.000Z")),
      ],
      now,
    );
    await saveReviewEvents(
      me,
      [
        rate(QUIZ_KEY, Rating.Good, day("2026-03-10T23:30:00.000Z")),
        rate(key(DECK, EIGHT), Rating.Good, day("2026-03-11T01:00:00.000Z")),
        rate(key(DECK, TWELVE), Rating.Again, day("2026-03-11T02:00:00.000Z")),
      ],
      now,
    );
    const counts = await studyCounts(me, day("2026-03-10T00:00:00.000Z"));
    expect(Object.fromEntries(counts)).toEqual({ "2026-03-10": 3, "2026-03-11": 3 });
    expect(await studyCounts(await newUser(), day("2026-03-01T00:00:00.000Z"))).toEqual(new Map());
  });
});

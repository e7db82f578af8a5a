import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { getLesson } from "@/lib/content/lessons";
import { getPrisma } from "@/lib/db/client";
import { listLessonAttempts, saveAttempts } from "@/lib/progress/attempts";
import { courseProgress } from "@/lib/progress/course-progress";
import { getLessonProgress, recordLessonProgress } from "@/lib/progress/lesson-progress";

const LESSON = "the-art-of-scoping";
// The quiz whose key says 99.99 % (index 2) is the cheapest target within one hour a year.
const QUIZ = "one-hour-budget";

async function newUser() {
  return getPrisma().user.create({
    data: { name: "Learner", email: `learner-${randomUUID()}@example.com`, passwordHash: "x" },
    select: { id: true },
  });
}

const attempt = (block: string, answer: unknown, id = randomUUID()) => ({ id, lesson: LESSON, block, answer });

describe("saveAttempts", () => {
  let user: { id: string };
  beforeAll(async () => {
    user = await newUser();
  });

  it("scores on the server with the lesson's key, whatever the browser claims", async () => {
    const [right, wrong] = await saveAttempts(user.id, [
      attempt(QUIZ, { selected: [2] }),
      { ...attempt(QUIZ, { selected: [0] }), score: 1 } as never,
    ]);
    expect(right).toMatchObject({ ok: true, score: 1, correct: true });
    expect(wrong).toMatchObject({ ok: true, score: 0, correct: false });
    const stored = await listLessonAttempts(user.id, LESSON);
    expect(stored.map((a) => [a.blockId, a.score, a.correct])).toEqual([
      [QUIZ, 1, true],
      [QUIZ, 0, false],
    ]);
  });

  it("is idempotent: the same attempt sent three times is stored once", async () => {
    const me = await newUser();
    const once = attempt(QUIZ, { selected: [2] });
    await Promise.all([saveAttempts(me.id, [once]), saveAttempts(me.id, [once]), saveAttempts(me.id, [once])]);
    await saveAttempts(me.id, [once]);
    expect(await listLessonAttempts(me.id, LESSON)).toHaveLength(1);
  });

  it("refuses unknown exercises and malformed answers per attempt, storing nothing for them", async () => {
    const me = await newUser();
    const results = await saveAttempts(me.id, [
      attempt("no-such-block", {}),
      { ...attempt(QUIZ, {}), lesson: "no-such-lesson" },
      attempt(QUIZ, { selected: ["2"] }),
      attempt("four-nines-downtime", { value: 52.6, unit: "fortnights" }),
    ]);
    expect(results.map((r) => (r.ok ? "ok" : r.error))).toEqual([
      'lesson "the-art-of-scoping" has no exercise "no-such-block"',
      'lesson "no-such-lesson" has no exercise "one-hour-budget"',
      "Invalid input: expected number, received string",
      '"fortnights" is not one of this question\'s units',
    ]);
    expect(await listLessonAttempts(me.id, LESSON)).toEqual([]);
  });

  it("keeps an offline commit time when plausible, and replaces an impossible one", async () => {
    const me = await newUser();
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    const future = new Date(Date.now() + 86_400_000).toISOString();
    await saveAttempts(me.id, [{ ...attempt(QUIZ, { selected: [2] }), at: hourAgo }]);
    await saveAttempts(me.id, [{ ...attempt(QUIZ, { selected: [1] }), at: future }]);
    const [first, second] = await listLessonAttempts(me.id, LESSON);
    expect(first!.createdAt).toBe(hourAgo);
    expect(Date.parse(second!.createdAt)).toBeLessThan(Date.now() + 1000);
  });

  it("never shows one user's attempts to another, and never acknowledges an answer whose id another user has", async () => {
    const [alice, bob] = [await newUser(), await newUser()];
    const shared = randomUUID();
    await saveAttempts(alice.id, [attempt(QUIZ, { selected: [2] }, shared)]);
    const mine = randomUUID();
    const results = await saveAttempts(bob.id, [
      attempt(QUIZ, { selected: [0] }, shared),
      attempt(QUIZ, { selected: [0] }, mine),
    ]);
    expect(results.map((result) => [result.id, result.ok])).toEqual([
      [shared, false],
      [mine, true],
    ]);
    expect(results[0]).toMatchObject({ ok: false, error: expect.stringContaining("already in use") });
    expect((await listLessonAttempts(bob.id, LESSON)).map((row) => row.id)).toEqual([mine]);
    expect(await listLessonAttempts(alice.id, LESSON)).toMatchObject([{ id: shared, correct: true }]);
    // Bob's own retry of a stored answer is still acknowledged: it is stored.
    expect((await saveAttempts(bob.id, [attempt(QUIZ, { selected: [0] }, mine)]))[0]).toMatchObject({ ok: true });
  });
});

describe("recordLessonProgress", () => {
  it("merges sections from two tabs saving at once, and never undoes completion", async () => {
    const me = await newUser();
    await Promise.all([
      recordLessonProgress(me.id, LESSON, { sectionsReached: ["monolith-first"], lastSection: "monolith-first" }),
      recordLessonProgress(me.id, LESSON, { sectionsReached: ["recap"], lastSection: "recap", completed: true }),
      recordLessonProgress(me.id, LESSON, {
        sectionsReached: ["monolith-first", "why-a-tool-is-the-worst-first-move"],
      }),
    ]);
    const after = await recordLessonProgress(me.id, LESSON, { sectionsReached: [], completed: false });
    expect(after.sectionsReached).toEqual(["monolith-first", "recap", "why-a-tool-is-the-worst-first-move"]);
    expect(after.completedAt).not.toBeNull();
    expect(["monolith-first", "recap"]).toContain(after.lastSection);
    expect(await getLessonProgress(me.id, LESSON)).toEqual(after);
  });

  it("reads as empty before anything is recorded", async () => {
    const me = await newUser();
    expect(await getLessonProgress(me.id, LESSON)).toEqual({
      sectionsReached: [],
      lastSection: null,
      completedAt: null,
    });
  });
});

describe("courseProgress", () => {
  it("summarises sections, exercises and the latest score per exercise, and where to resume", async () => {
    const me = await newUser();
    const empty = await courseProgress(me.id);
    expect(empty).toMatchObject({ started: 0, completed: 0, resume: null });

    await saveAttempts(me.id, [attempt(QUIZ, { selected: [0] })]);
    await saveAttempts(me.id, [attempt(QUIZ, { selected: [2] })]); // the later, right answer counts
    await saveAttempts(me.id, [
      attempt("monolith-or-microservices", { card: "eight-engineers-mvp", choice: "microservices" }),
    ]);
    await recordLessonProgress(me.id, LESSON, { sectionsReached: ["monolith-first"], lastSection: "monolith-first" });

    const progress = await courseProgress(me.id);
    const chapter = progress.parts[0]!.lessons.find((lesson) => lesson.slug === LESSON)!;
    expect(chapter).toMatchObject({
      label: "Chapter 1",
      sectionsReached: 1,
      exercisesAttempted: 2,
      completed: false,
      // Both were wrong the first time (the quiz was put right later): the first try counts.
      firstTry: 0,
      state: "in-progress",
      lastSection: { id: "monolith-first", title: "Monolith first" },
    });
    expect(chapter.exercisesTotal).toBeGreaterThanOrEqual(5);
    expect(chapter.sectionsTotal).toBeGreaterThanOrEqual(5);
    expect(progress.resume?.slug).toBe(LESSON);
    expect(progress.started).toBe(1);
  });
});

describe("an exercise that moved to another lesson", () => {
  const FROM = "mastering-consistency";
  const TO = "the-database-decision-tree";
  const DECK = "pick-the-datastore";

  it("keeps the answers given before the move, and saves answers still queued under the old lesson", async () => {
    const me = await newUser();
    const deck = (await getLesson(TO))!.analysis.blocks.find((block) => block.id === DECK)!;
    const [card] = deck.props.cards as unknown as { id: string; answer: string }[];
    // An answer stored before the move, as the old code stored it.
    const before = randomUUID();
    await getPrisma().attempt.create({
      data: {
        id: before,
        userId: me.id,
        lessonSlug: FROM,
        blockId: DECK,
        kind: "decision",
        answer: { card: card!.id, choice: card!.answer },
        score: 1,
        correct: true,
      },
    });
    // The migration that shipped with the move (the test database has already run it once).
    const migration = readFileSync("prisma/migrations/20261201190000_move_datastore_deck/migration.sql", "utf8");
    await getPrisma().$executeRawUnsafe(migration);

    expect((await listLessonAttempts(me.id, TO)).map((a) => [a.id, a.blockId, a.correct])).toEqual([
      [before, DECK, true],
    ]);
    expect(await listLessonAttempts(me.id, FROM)).toEqual([]);
    const progress = await courseProgress(me.id);
    const lessons = progress.parts.flatMap((part) => part.lessons);
    expect(lessons.find((lesson) => lesson.slug === TO)).toMatchObject({ exercisesAttempted: 1, score: 1 });

    // A browser that queued an answer before the move still names the old lesson.
    const queued = { id: randomUUID(), lesson: FROM, block: DECK, answer: { card: card!.id, choice: card!.answer } };
    expect(await saveAttempts(me.id, [queued])).toEqual([expect.objectContaining({ ok: true, correct: true })]);
    expect((await listLessonAttempts(me.id, TO)).map((a) => a.id)).toEqual([before, queued.id]);
  });
});

import { describe, expect, it } from "vitest";
import type { LessonState } from "@/lib/progress/scorecard";
import { calendar, dayOf, nextStep, streak, type CourseLesson, type PromptForStep } from "@/lib/review/habit";

describe("dayOf", () => {
  it("is the UTC calendar day", () => {
    expect(dayOf(new Date(Date.UTC(2026, 11, 2, 23, 59)))).toBe("2026-12-02");
    expect(dayOf("2026-12-02T23:30:00-02:00")).toBe("2026-12-03");
  });
});

describe("streak", () => {
  const today = "2026-12-02";

  it("counts today and the days before it without a gap", () => {
    expect(streak(["2026-11-30", "2026-12-01", "2026-12-02"], today)).toBe(3);
  });

  it("keeps a streak that ended yesterday while today is still open", () => {
    expect(streak(["2026-11-30", "2026-12-01"], today)).toBe(2);
  });

  it("is broken by a day without study", () => {
    expect(streak(["2026-11-28", "2026-11-29", "2026-12-01", "2026-12-02"], today)).toBe(2);
    expect(streak(["2026-11-29", "2026-11-30"], today)).toBe(0);
  });

  it("is 0 with no study days, and ignores days after today", () => {
    expect(streak([], today)).toBe(0);
    expect(streak(["2026-12-03"], today)).toBe(0);
  });

  it("crosses month and year ends", () => {
    expect(streak(["2025-12-31", "2026-01-01"], "2026-01-01")).toBe(2);
  });
});

describe("calendar", () => {
  const weekday = (day: string) => new Date(day).getUTCDay();

  it("starts on a Monday `weeks` weeks back and ends today, one entry per day", () => {
    const today = "2026-12-02"; // a Wednesday
    const days = calendar(new Map(), today, 26);
    expect(weekday(days[0]!.day)).toBe(1);
    expect(days[0]!.day).toBe("2026-06-08");
    expect(days.at(-1)!.day).toBe(today);
    expect(days).toHaveLength(25 * 7 + 3);
    expect(new Set(days.map((entry) => entry.day)).size).toBe(days.length);
  });

  it("holds whole weeks when today is a Sunday, and one day when it is a Monday of a one-week calendar", () => {
    expect(calendar(new Map(), "2026-12-06", 26)).toHaveLength(182);
    expect(calendar(new Map(), "2026-11-30", 1).map((entry) => entry.day)).toEqual(["2026-11-30"]);
  });

  it("carries each day's count, 0 for days without study, and leaves out days outside it", () => {
    const counts = new Map([
      ["2026-12-01", 4],
      ["2026-12-02", 1],
      ["2026-11-01", 9], // before the first Monday of a one-week calendar
    ]);
    expect(calendar(counts, "2026-12-02", 1)).toEqual([
      { day: "2026-11-30", count: 0 },
      { day: "2026-12-01", count: 4 },
      { day: "2026-12-02", count: 1 },
    ]);
  });
});

describe("nextStep", () => {
  const lesson = (slug: string, state: LessonState, prerequisites: string[] = []): CourseLesson => ({
    slug,
    title: slug.toUpperCase(),
    label: `Chapter ${slug}`,
    state,
    prerequisites,
  });
  const prompts: PromptForStep[] = [
    { id: "feed", title: "Design a feed", caseStudy: "cs-feed" },
    { id: "chat", title: "Design a chat app", caseStudy: "cs-chat" },
    { id: "limiter", title: "Design a rate limiter" },
  ];
  const none = new Set<string>();

  it("puts due reviews first, whatever else is open", () => {
    const step = nextStep({ due: 3, lessons: [lesson("a", "not-started")], prompts, interviewed: none });
    expect(step).toEqual({ kind: "review", due: 3, href: "/review", text: "Review 3 cards due today" });
    expect(nextStep({ due: 1, lessons: [], prompts, interviewed: none }).text).toBe("Review 1 card due today");
  });

  it("then offers the first unread lesson whose prerequisites are read, skipping one whose prerequisite is unread", () => {
    const lessons = [
      lesson("a", "practised"),
      lesson("b", "in-progress"), // started, not read to the end: still unread
      lesson("c", "not-started", ["a"]),
    ];
    expect(nextStep({ due: 0, lessons, prompts, interviewed: none })).toEqual({
      kind: "lesson",
      slug: "b",
      href: "/learn/b",
      text: "Read Chapter b: B",
    });
    const waiting = [
      lesson("a", "read"),
      lesson("b", "not-started", ["d"]), // d is not read yet
      lesson("c", "in-progress", ["b", "a"]), // waits for b
      lesson("d", "not-started", ["a"]),
    ];
    expect(nextStep({ due: 0, lessons: waiting, prompts, interviewed: none })).toMatchObject({
      kind: "lesson",
      slug: "d",
    });
  });

  it("counts read, practised and mastered prerequisites as read", () => {
    const lessons = [
      lesson("a", "read"),
      lesson("b", "practised"),
      lesson("c", "mastered"),
      lesson("d", "not-started", ["a", "b", "c"]),
    ];
    expect(nextStep({ due: 0, lessons, prompts, interviewed: none })).toMatchObject({ kind: "lesson", slug: "d" });
  });

  it("with every lesson read, offers a mock interview on a prompt whose case study and its prerequisites are mastered, one not interviewed on first", () => {
    const lessons = [
      lesson("a", "mastered"),
      lesson("b", "practised"),
      lesson("cs-feed", "mastered", ["a"]),
      lesson("cs-chat", "mastered", ["a"]),
    ];
    expect(nextStep({ due: 0, lessons, prompts, interviewed: none })).toEqual({
      kind: "interview",
      prompt: "feed",
      href: "/interviews",
      text: "Run a mock interview: Design a feed",
    });
    expect(nextStep({ due: 0, lessons, prompts, interviewed: new Set(["feed"]) })).toMatchObject({ prompt: "chat" });
    // Every ready prompt interviewed on: practise again on the first.
    expect(nextStep({ due: 0, lessons, prompts, interviewed: new Set(["feed", "chat"]) })).toMatchObject({
      kind: "interview",
      prompt: "feed",
    });
  });

  it("does not offer an interview whose case study, or a lesson it builds on, is only practised", () => {
    const lessons = [
      lesson("a", "mastered"),
      lesson("b", "practised"),
      lesson("cs-feed", "mastered", ["b"]), // builds on b, not mastered
      lesson("cs-chat", "practised", ["a"]), // not mastered itself
    ];
    expect(nextStep({ due: 0, lessons, prompts, interviewed: none })).toEqual({
      kind: "lesson",
      slug: "b",
      href: "/learn/b",
      text: "Master Chapter b: B (answer every exercise right)",
    });
  });

  it("else points at the first lesson not mastered", () => {
    const lessons = [lesson("a", "mastered"), lesson("b", "read"), lesson("c", "practised")];
    expect(nextStep({ due: 0, lessons, prompts: [], interviewed: none })).toMatchObject({ kind: "lesson", slug: "b" });
  });

  it("is done when every lesson is mastered and no prompt has a case study", () => {
    const lessons = [lesson("a", "mastered"), lesson("b", "mastered")];
    expect(nextStep({ due: 0, lessons, prompts: [prompts[2]!], interviewed: none })).toEqual({
      kind: "done",
      href: "/interviews",
      text: "Every lesson mastered and nothing due: run any mock interview",
    });
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "@/lib/content/lessons";
import { getPrisma } from "@/lib/db/client";
import { rebuildLessonIndex } from "@/lib/search/lesson-index";
import { searchLessons, splitSnippet } from "@/lib/search/search-lessons";

describe("lesson search", () => {
  beforeAll(async () => {
    const { lessons } = await readCatalog();
    await rebuildLessonIndex(getPrisma(), lessons);
  });

  it("finds a chapter 2 term with a highlighted snippet and a link target", async () => {
    const hits = await searchLessons("seconds per day");
    expect(hits.length).toBeGreaterThan(0);
    const first = hits[0]!;
    expect(first.lessonSlug).toBe("back-of-the-envelope-math");
    expect(first.anchor === null || /^[a-z0-9-]+$/.test(first.anchor)).toBe(true);
    const marked = first.snippet.filter((part) => part.match).map((part) => part.text.toLowerCase());
    expect(marked.some((word) => word.startsWith("second") || word === "day")).toBe(true);
  });

  it("ranks a section whose heading matches above one that only mentions the word", async () => {
    const [top] = await searchLessons("parking lot");
    expect(top).toMatchObject({ lessonSlug: "the-art-of-scoping", heading: expect.stringMatching(/parking lot/i) });
  });

  it.each([
    ["server-sent events", "apis-and-real-time"],
    ["long polling", "apis-and-real-time"],
    ["websocket upgrade", "apis-and-real-time"],
    ["cache stampede", "caching"],
    ["write-back cache", "caching"],
    ["LRU eviction", "caching"],
    ["dead-letter queue", "queues-logs-and-load-balancers"],
    ["least connections load balancer", "queues-logs-and-load-balancers"],
    ["consumer lag", "queues-logs-and-load-balancers"],
    ["consistent hashing", "sharding-and-consistent-hashing"],
    ["virtual nodes", "sharding-and-consistent-hashing"],
    ["isolation levels", "the-database-decision-tree"],
    ["schema-on-read", "the-database-decision-tree"],
    ["covering index", "hot-spots-and-indexes"],
    ["hot key buckets", "hot-spots-and-indexes"],
    ["transactional outbox", "polyglot-persistence"],
    ["change data capture", "polyglot-persistence"],
  ])("finds Parts II and III by their main terms: %s → %s", async (query, slug) => {
    const [top] = await searchLessons(query);
    expect(top?.lessonSlug).toBe(slug);
  });

  it("understands web-search syntax: phrases and exclusions", async () => {
    const phrase = await searchLessons('"read-heavy"');
    expect(phrase.length).toBeGreaterThan(0);
    // Every section that mentions latency (past the default 20), so chapter 2 is among them before the exclusions.
    const latency = await searchLessons("latency", 100);
    expect(latency.map((hit) => hit.lessonSlug)).toContain("back-of-the-envelope-math");
    const withoutChapter2 = await searchLessons("latency -QPS -estimate -bandwidth -storage", 100);
    expect(withoutChapter2.length).toBeGreaterThan(0);
    expect(withoutChapter2.map((hit) => hit.lessonSlug)).not.toContain("back-of-the-envelope-math");
  });

  it("returns nothing, not an error, for words in no lesson or for stop words only", async () => {
    expect(await searchLessons("xylophone quasar")).toEqual([]);
    expect(await searchLessons("the and of")).toEqual([]);
    expect(await searchLessons('unbalanced "quote -')).toEqual([]);
    // The same broken syntax around words that are in a lesson still finds them.
    const [top] = await searchLessons('"parking lot -');
    expect(top?.lessonSlug).toBe("the-art-of-scoping");
  });

  it("rebuilding replaces the index instead of adding to it", async () => {
    const { lessons } = await readCatalog();
    const count = await rebuildLessonIndex(getPrisma(), lessons);
    expect(await getPrisma().lessonSection.count()).toBe(count);
    expect(await rebuildLessonIndex(getPrisma(), [])).toBe(0);
    expect(await searchLessons("parking lot")).toEqual([]);
    await rebuildLessonIndex(getPrisma(), lessons);
  });
});

describe("splitSnippet", () => {
  it("turns markers into parts, so nothing is ever rendered as HTML", () => {
    expect(splitSnippet("a \u0002peak\u0003 of <script>x</script>")).toEqual([
      { text: "a ", match: false },
      { text: "peak", match: true },
      { text: " of <script>x</script>", match: false },
    ]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog, type Lesson } from "@/lib/content/lessons";
import { getPrisma } from "@/lib/db/client";
import { SIMULATORS } from "@/lib/simulators/catalog";
import { rebuildLessonIndex } from "@/lib/search/lesson-index";
import { searchLessons, splitSnippet, type SearchHit } from "@/lib/search/search-lessons";
import { SEARCHABLE_TOOLS, searchTools } from "@/lib/search/search-tools";
import { suggestLessons } from "@/lib/search/suggest-lessons";

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

  it("keeps every section's vector in its row, where a scan reads it without a TOAST fetch", async () => {
    // The migration search_vectors_inline: a common word's search over 1,000 lessons
    // took 44 ms with the vectors out of line and 12 ms in line (npm run bench:search).
    const [column] = await getPrisma().$queryRaw<{ storage: string }[]>`
      SELECT attstorage::text AS storage FROM pg_attribute
      WHERE attrelid = '"LessonSection"'::regclass AND attname = 'search'`;
    expect(column?.storage).toBe("m");
  });
});

const snippetText = (hit: SearchHit) => hit.snippet.map((part) => part.text).join("");
const indexedBody = async (id: string) =>
  (await getPrisma().lessonSection.findUniqueOrThrow({ where: { id }, select: { body: true } })).body;

describe("the lesson index holds prose only", () => {
  let lessons: Lesson[];
  beforeAll(async () => {
    lessons = (await readCatalog()).lessons;
    await rebuildLessonIndex(getPrisma(), lessons);
  });

  it("has no exercise data: no question, option or card of any lesson is found by its words", async () => {
    // A quiz's question in the caching chapter, and a decision card's explanation in the social-feed case study.
    expect(await searchLessons('"scraper starts requesting random product ids"')).toEqual([]);
    expect(await searchLessons('"True of fan-out"')).toEqual([]);
    const bodies = (await getPrisma().lessonSection.findMany({ select: { body: true } })).map((row) => row.body);
    const questions = lessons.flatMap((lesson) =>
      lesson.analysis.blocks.flatMap((block) => (block.name === "Quiz" ? [String(block.props.question)] : [])),
    );
    expect(questions.length).toBeGreaterThan(50);
    for (const question of questions)
      expect(
        bodies.some((body) => body.includes(question)),
        question,
      ).toBe(false);
  });

  it("shows no true or false from a deck's props in a snippet", async () => {
    // The CAP deck's choices are "True" and "False"; its title is "CAP: true or false?".
    expect(await indexedBody("mastering-consistency#cap-in-practice")).not.toMatch(/\b(true|false)\b/i);
    const hits = (await searchLessons("CAP", 100)).filter((hit) => hit.anchor === "cap-in-practice");
    expect(hits).toHaveLength(1);
    expect(snippetText(hits[0]!)).not.toMatch(/\b(true|false)\b/i);
  });

  it("keeps a table's cells and a list's items apart", async () => {
    const table = await indexedBody("caching#writing-keeping-the-copy-honest");
    expect(table).toContain("Strategy · On a write · Gains · Risks · Write-through · Write the database");
    expect(table).not.toMatch(/RisksWrite|read or notWrite/);
    const list = await indexedBody("back-of-the-envelope-math#final-synthesis-estimate-a-photo-sharing-app");
    expect(list).toContain("20 million DAU · each user uploads one photo every 10 days");
    expect(list).not.toContain("DAUeach");
    const [hit] = await searchLessons('"write-around"');
    expect(hit?.anchor).toBe("writing-keeping-the-copy-honest");
    // PostgreSQL and PGlite's ts_headline pick different fragments; either way the cells stay apart.
    const snippet = snippetText(hit!);
    expect(snippet).toContain("Write-around");
    expect(snippet).toContain(" · ");
    expect(snippet).not.toMatch(/[a-z](Write|Strategy|Gains|Risks)\b/);
  });
});

describe("tool search", () => {
  it("finds the quorum explorer by its name, whatever the word's form", async () => {
    for (const query of ["quorum", "Quorums", "quorum explorer"]) {
      const [top] = await searchTools(query);
      expect(top, query).toEqual({
        title: "Quorum explorer",
        summary: expect.stringContaining("N, W and R"),
        href: "/practice/games/quorum",
      });
    }
  });

  it("finds nothing, not an error, for a nonsense word, stop words or broken syntax", async () => {
    expect(await searchTools("xylophone quasar")).toEqual([]);
    expect(await searchTools("the and of")).toEqual([]);
    expect(await searchTools('unbalanced "quote -')).toEqual([]);
  });

  it("ranks a title match above a summary match, and reads the same syntax as the lesson search", async () => {
    const cache = (await searchTools("cache")).map((tool) => tool.title);
    // "Memory hierarchy" says cache only in its summary.
    expect(cache.slice(0, 2).sort()).toEqual(["Cache eviction lab", "Cache stampede simulator"]);
    expect(cache).toContain("Memory hierarchy");
    expect((await searchTools("cache -stampede")).map((tool) => tool.title)).not.toContain("Cache stampede simulator");
    expect((await searchTools("saga or jwt")).map((tool) => tool.title).sort()).toEqual([
      "JWT inspector",
      "Saga simulator",
    ]);
  });

  it("finds the practice tools too, but not the pages that only list them", async () => {
    expect((await searchTools("drills"))[0]).toMatchObject({
      title: "Estimation drills",
      href: "/practice/estimate/drills",
    });
    expect((await searchTools("downtime")).map((tool) => tool.href)).toContain("/practice/estimate/availability");
    expect(SEARCHABLE_TOOLS.map((tool) => tool.href)).not.toContain("/practice/simulators");
    expect(SEARCHABLE_TOOLS.map((tool) => tool.href)).not.toContain("/practice/games");
  });

  it("searches every simulator of the catalog, each at its own page", async () => {
    expect(SEARCHABLE_TOOLS.filter((tool) => SIMULATORS.some((entry) => entry.title === tool.title))).toHaveLength(
      SIMULATORS.length,
    );
    for (const entry of SIMULATORS) {
      const found = await searchTools(`"${entry.title}"`);
      expect(
        found.map((tool) => tool.title),
        entry.title,
      ).toContain(entry.title);
      expect(found.find((tool) => tool.title === entry.title)?.href).toMatch(
        /^\/practice\/(games|simulators)\/[a-z-]+$/,
      );
    }
  });
});

describe("lessons suggested when nothing matches", () => {
  let lessons: Lesson[];
  beforeAll(async () => {
    lessons = (await readCatalog()).lessons;
    await rebuildLessonIndex(getPrisma(), lessons);
  });

  it("are the lessons that share a word with the query, best first", async () => {
    expect(await searchLessons("quorum xylophone")).toEqual([]);
    const suggestions = await suggestLessons("quorum xylophone", lessons);
    expect(suggestions.basis).toBe("shared-words");
    expect(suggestions.lessons[0]).toMatchObject({
      slug: "mastering-consistency",
      title: lessons.find((lesson) => lesson.slug === "mastering-consistency")!.frontMatter.title,
      label: expect.stringMatching(/^Chapter \d+$/),
    });
    expect(suggestions.lessons.length).toBeLessThanOrEqual(3);
  });

  it("match a word that was cut short", async () => {
    expect(await searchLessons("idempo")).toEqual([]);
    const suggestions = await suggestLessons("idempo", lessons);
    expect(suggestions.basis).toBe("shared-words");
    expect(suggestions.lessons[0]?.slug).toBe("idempotency-and-safe-retries");
  });

  it("are the course's first lessons when no word is in any lesson", async () => {
    const first = lessons.slice(0, 3).map((lesson) => lesson.slug);
    for (const query of ["xylophone quasar", "xylophone -quorum", '"" -', "the and of"]) {
      const suggestions = await suggestLessons(query, lessons);
      expect(suggestions.basis, query).toBe("course-start");
      expect(suggestions.lessons.map((lesson) => lesson.slug)).toEqual(first);
    }
  });

  it("never suggest a lesson the catalog no longer has", async () => {
    const withoutConsistency = lessons.filter((lesson) => lesson.slug !== "mastering-consistency");
    const suggestions = await suggestLessons("quorum xylophone", withoutConsistency);
    expect(suggestions.lessons.map((lesson) => lesson.slug)).not.toContain("mastering-consistency");
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

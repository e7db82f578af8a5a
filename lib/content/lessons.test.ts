import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCatalog } from "@/lib/content/lessons";

const write = (dir: string, slug: string, part: string, order: number, body = "## Section\n\nText.\n") =>
  writeFileSync(
    path.join(dir, `${slug}.mdx`),
    `---\ntitle: Lesson ${slug}\nslug: ${slug}\npart: ${part}\norder: ${order}\nsummary: Summary of ${slug} lesson.\nobjectives:\n  - Learn ${slug}\nprerequisites: []\n---\n\n${body}`,
  );

describe("readCatalog", () => {
  it("puts a dropped-in lesson into the course by part and order, and numbers chapters", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "catalog-"));
    write(dir, "estimation", "first-ten-minutes", 2);
    write(dir, "caching", "high-level-blueprint", 1);
    write(dir, "scoping", "first-ten-minutes", 1);
    write(dir, "url-shortener", "case-studies", 1);
    const catalog = await readCatalog(dir);
    expect(catalog.lessons.map((lesson) => [lesson.slug, lesson.label])).toEqual([
      ["scoping", "Chapter 1"],
      ["estimation", "Chapter 2"],
      ["caching", "Chapter 3"],
      ["url-shortener", "Case study A"],
    ]);

    // An instructor adds one file; nothing else changes, and it appears in its place.
    write(dir, "apis", "high-level-blueprint", 2);
    const next = await readCatalog(dir);
    expect(next.lessons.map((lesson) => lesson.slug)).toEqual([
      "scoping",
      "estimation",
      "caching",
      "apis",
      "url-shortener",
    ]);
  });

  it("keeps a broken lesson out of the course and reports it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "catalog-"));
    write(dir, "fine", "first-ten-minutes", 1);
    write(dir, "broken", "first-ten-minutes", 2, "<Nope />\n");
    const catalog = await readCatalog(dir);
    expect(catalog.lessons.map((lesson) => lesson.slug)).toEqual(["fine"]);
    expect(catalog.broken).toMatchObject([
      { analysis: { errors: [{ line: 12, message: expect.stringMatching(/unknown block <Nope>/) }] } },
    ]);
  });
});

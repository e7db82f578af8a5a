import { describe, expect, it } from "vitest";
import { analyzeLesson } from "@/lib/content/analyze";
import { formatCourse } from "@/lib/content/list";
import { PARTS } from "@/lib/content/outline";

describe("formatCourse (npm run content:list)", () => {
  it("lists each part, each lesson's order, size and link, and its heading ids to link to", () => {
    const source = `---
title: Back of the envelope
slug: envelope
part: first-ten-minutes
order: 2
summary: Numbers before boxes, for the tests.
objectives:
  - Estimate
prerequisites: []
---

## Peak QPS

### Why 86,400

## Storage

Eighty-six thousand four hundred seconds make a day.
`;
    const analysis = analyzeLesson(source, "envelope");
    const text = formatCourse([
      {
        part: PARTS[0],
        lessons: [{ slug: "envelope", label: "Chapter 1", frontMatter: analysis.frontMatter!, analysis, minutes: 1 }],
      },
      { part: PARTS[1], lessons: [] },
    ]);
    expect(text).toBe(`Part I: The first 10 minutes   (part: first-ten-minutes)
  order 2  Chapter 1: Back of the envelope  (10 words, 0 exercises, 1 min)
    /learn/envelope
    #peak-qps
      #why-86400
    #storage

Part II: The high-level blueprint   (part: high-level-blueprint)
  no lessons yet`);
  });
});

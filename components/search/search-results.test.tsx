// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { LessonHits } from "@/components/search/lesson-hits";
import { SuggestedLessons } from "@/components/search/suggested-lessons";
import { ToolHits } from "@/components/search/tool-hits";

afterEach(cleanup);

const hit = {
  lessonSlug: "caching",
  lessonTitle: "Caching",
  heading: "Eviction",
  anchor: "eviction",
  snippet: [
    { text: "evicts the ", match: false },
    { text: "<b>LRU</b>", match: true },
  ],
};

describe("search results", () => {
  it("lists tools under their own heading, each linked to its page", () => {
    render(
      <ToolHits tools={[{ title: "Quorum explorer", summary: "Set N, W and R.", href: "/practice/games/quorum" }]} />,
    );
    expect(screen.getByRole("heading", { level: 2, name: "Tools and simulators" })).toBeTruthy();
    const list = screen.getByRole("list", { name: "Tools and simulators" });
    expect(within(list).getByRole("link", { name: "Quorum explorer" }).getAttribute("href")).toBe(
      "/practice/games/quorum",
    );
  });

  it("lists lesson sections with their marked words as text, never as markup", () => {
    const { container } = render(<LessonHits hits={[hit]} query="lru" nothingElse={false} />);
    const list = screen.getByRole("list", { name: "Lessons" });
    expect(within(list).getByRole("link", { name: "Caching › Eviction" }).getAttribute("href")).toBe(
      "/learn/caching#eviction",
    );
    expect(container.querySelector("mark")?.textContent).toBe("<b>LRU</b>");
    expect(container.querySelector("b")).toBeNull();
  });

  it("says when no lesson matches, and whether a tool did", () => {
    render(<LessonHits hits={[]} query="xylophone quasar" nothingElse />);
    expect(screen.getByText(/No lesson matches “xylophone quasar”\. No tool or simulator does either\./)).toBeTruthy();
    cleanup();
    render(<LessonHits hits={[]} query="explorer" nothingElse={false} />);
    expect(screen.getByText(/No lesson matches “explorer”\./).textContent).not.toMatch(/tool/);
    expect(screen.queryByRole("list")).toBeNull();
  });

  it("offers lessons to try, saying why they were chosen", () => {
    const lessons = [
      { slug: "the-art-of-scoping", title: "The art of scoping", summary: "Scope first.", label: "Chapter 1" },
    ];
    render(<SuggestedLessons suggestions={{ basis: "course-start", lessons }} />);
    const list = screen.getByRole("list", { name: "Lessons to try" });
    expect(within(list).getByRole("link", { name: "The art of scoping" }).getAttribute("href")).toBe(
      "/learn/the-art-of-scoping",
    );
    expect(screen.getByText(/None of your words is in a lesson/)).toBeTruthy();
    cleanup();
    render(<SuggestedLessons suggestions={{ basis: "shared-words", lessons }} />);
    expect(screen.getByText(/contain some of your words/)).toBeTruthy();
  });
});

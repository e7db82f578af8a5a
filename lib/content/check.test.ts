import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { analyzeLesson } from "@/lib/content/analyze";
import { checkLessons, formatProblems } from "@/lib/content/check";
import { scoreAttempt } from "@/lib/lessons/blocks";
import { matchingOptions, type MatchingProps } from "@/lib/lessons/blocks/matching";

const run = promisify(execFile);

function lessonSource(slug: string, order: number, body = "", extra = "") {
  return `---
title: Lesson ${slug}
slug: ${slug}
part: first-ten-minutes
order: ${order}
summary: A lesson used by the checker tests.
objectives:
  - Check things
tags: [test]
${extra}---

## First part

${body}
`;
}

const input = (slug: string, source: string) => ({
  file: `content/${slug}.mdx`,
  slug,
  analysis: analyzeLesson(source, slug),
});

describe("checkLessons", () => {
  it("passes a consistent set of lessons", () => {
    const a = input(
      "alpha",
      lessonSource("alpha", 1, "See [beta](/learn/beta#first-part) and [the web](https://example.com)."),
    );
    const b = input(
      "beta",
      lessonSource("beta", 2, "Back to [alpha](/learn/alpha) and [here](#first-part).", "prerequisites: [alpha]\n"),
    );
    expect(checkLessons([a, b])).toEqual([]);
  });

  it("finds what only shows across files, each with file and line", () => {
    const a = input(
      "alpha",
      lessonSource(
        "alpha",
        1,
        "[gone](/learn/nowhere) [bad anchor](/learn/beta#nope) [odd](ftp://x) [self](#missing) [app](/admin)",
      ),
    );
    const b = input("beta", lessonSource("beta", 1, "", "prerequisites: [ghost]\n"));
    expect(formatProblems(checkLessons([a, b]))).toBe(
      [
        'content/alpha.mdx:14:1  broken link: there is no lesson "nowhere"',
        'content/alpha.mdx:14:24  broken link: lesson "beta" has no heading #nope',
        'content/alpha.mdx:14:55  link "ftp://x" is not allowed: use https://…, /learn/…, or #heading',
        'content/alpha.mdx:14:70  broken link: lesson "alpha" has no heading #missing',
        'content/alpha.mdx:14:87  link "/admin": link to a lesson as /learn/<slug>, to a heading as #heading-id, or to a website with https://',
        "content/beta.mdx:1:1  order 1 in part first-ten-minutes is already used by content/alpha.mdx",
        'content/beta.mdx:1:1  prerequisite "ghost" is not a lesson in content/',
      ].join("\n"),
    );
  });
});

describe("case-study blocks", () => {
  it("name a worksheet on the page with the same prompt, and a deep dive the prompt's answer has", () => {
    const body = [
      '<ScopingWorksheet id="scope" prompt="url-shortener" />',
      "",
      '<CaseEstimator id="estimate" worksheet="scoping" prompt="url-shortener" />',
      "",
      '<CaseEstimator id="estimate-2" worksheet="scope" prompt="chat" />',
      "",
      '<CaseReference prompt="chat" part="deep-dives" item="no-such-dive" />',
      "",
      '<CaseReference prompt="rate-limiter" part="scope" />',
    ].join("\n");
    const problems = formatProblems(checkLessons([input("cases", lessonSource("cases", 1, body))]));
    expect(problems).toContain(
      'content/cases.mdx:16:1  <CaseEstimator> worksheet="scoping" must be the id of a <ScopingWorksheet> in this lesson',
    );
    expect(problems).toContain(
      'content/cases.mdx:18:1  <CaseEstimator> prompt="chat" differs from its worksheet\'s prompt ("url-shortener")',
    );
    expect(problems).toMatch(
      /cases\.mdx:20:1 {2}<CaseReference> item="no-such-dive" is not a deep dive of chat \(its deep dives: \w/,
    );
    expect(problems).toMatch(
      /cases\.mdx:22:\d+ {2}<CaseReference> prompt: must be a prompt with a full reference answer/,
    );
  });
});

describe("npm run content:check", () => {
  it("exits 1 and names file and line for a broken lesson, 0 for a good set", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "content-check-"));
    writeFileSync(path.join(dir, "good.mdx"), lessonSource("good", 1));
    const cli = ["--conditions=react-server", "lib/content/check-cli.ts", dir];
    const ok = await run("node_modules/.bin/tsx", cli);
    expect(ok.stdout).toMatch(/1 lesson file checked: no problems/);

    writeFileSync(
      path.join(dir, "broken.mdx"),
      lessonSource("broken", 2, '<Quiz id="q" question="Missing options" />'),
    );
    const failed = await run("node_modules/.bin/tsx", cli).catch((error: { code: number; stderr: string }) => error);
    expect("code" in failed && failed.code).toBe(1);
    expect(failed.stderr).toMatch(/broken\.mdx:14:1 {2}<Quiz> `options` is required/);
    expect(failed.stderr).toMatch(/1 problem in 2 lesson files/);
  }, 30_000);

  it("passes the authoring test chapter (an inline diagram, every newer block, a heading link) beside the course", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "content-check-"));
    cpSync("content", dir, { recursive: true, filter: (file) => !file.endsWith(".md") });
    cpSync("e2e/fixtures/authoring-test-chapter.mdx", path.join(dir, "authoring-test-chapter.mdx"));
    const { stdout } = await run("node_modules/.bin/tsx", [
      "--conditions=react-server",
      "lib/content/check-cli.ts",
      dir,
    ]);
    expect(stdout).toMatch(/lesson files checked: no problems/);
  }, 30_000);
});

describe("the authoring test chapter's blocks on the server", () => {
  it("validates and scores an answer to every newer block as a saved attempt would be", () => {
    const analysis = analyzeLesson(readFileSync("e2e/fixtures/authoring-test-chapter.mdx", "utf8"));
    const block = (id: string) => analysis.blocks.find((candidate) => candidate.id === id)!;
    const score = (id: string, answer: unknown) => scoreAttempt(block(id).name, block(id).props, answer);
    expect(analysis.blocks.map((b) => b.name).sort()).toEqual(["Matching", "Ordering", "StepReveal", "TableFill"]);

    expect(score("cache-failure-matrix", { blanks: [1, "Fail over"] })).toMatchObject({
      ok: true,
      kind: "table-fill",
      result: { score: 1, correct: true },
    });
    expect(score("cache-failure-matrix", { blanks: [0, null] })).toMatchObject({ result: { score: 0 } });
    const options = matchingOptions(block("workload-to-store").props as unknown as MatchingProps);
    expect(score("workload-to-store", { matches: [0, 1, options.indexOf("Graph database")] })).toMatchObject({
      kind: "matching",
      result: { score: 2 / 3 },
    });
    expect(score("peak-qps-walkthrough", { predictions: [1, 1] })).toMatchObject({
      kind: "step-reveal",
      result: { score: 1 },
    });
    // Steps of one group in either order are right; crossing groups is not.
    expect(score("incident-order", { order: [0, 2, 1, 3, 4] })).toMatchObject({ result: { correct: true } });
    expect(score("incident-order", { order: [1, 0, 2, 3, 4] })).toMatchObject({ result: { correct: false } });
    expect(score("incident-order", { order: [0, 1] })).toMatchObject({ ok: false });
  });
});

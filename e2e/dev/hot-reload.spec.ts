import { rmSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

// A throwaway lesson (git-ignored by its e2e- prefix), written and edited the way an author would.
const FILE = "content/e2e-hot-reload-probe.mdx";
const lesson = (line: string) => `---
title: Hot reload probe
slug: e2e-hot-reload-probe
part: case-studies
order: 99
summary: A lesson the end-to-end tests write and edit.
objectives:
  - Check that edits show up at once
prerequisites: []
---

## The only section

${line}
`;

test.afterAll(() => rmSync(FILE, { force: true }));

test("npm run dev shows a new lesson at once and refreshes it while it is edited", async ({ page }) => {
  writeFileSync(FILE, lesson("First draft of the text."));
  await page.goto("/learn/e2e-hot-reload-probe");
  await expect(page.getByText("First draft of the text.")).toBeVisible({ timeout: 60_000 });
  await expect(page.locator("[data-live-reload]")).toHaveAttribute("data-live-reload", "connected", {
    timeout: 60_000,
  });

  writeFileSync(FILE, lesson("Second draft, saved while the page is open."));
  // No reload by the test: the page refreshes itself.
  await expect(page.getByText("Second draft, saved while the page is open.")).toBeVisible({ timeout: 20_000 });

  writeFileSync(FILE, lesson('<Quizz id="typo" />'));
  await page.reload();
  await expect(page.getByText(/unknown block <Quizz>: did you mean <Quiz>\?/)).toBeVisible({ timeout: 30_000 });
});

import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signUp, uniqueEmail, withFreshIp } from "./support/helpers";

test.beforeEach(async ({ page }) => {
  await withFreshIp(page);
});

async function newCandidate(page: Page, label = "candidate") {
  await signUp(page, { name: "Casey Candidate", email: uniqueEmail(label), password: "candidate password" });
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** Starts a worksheet for a bank prompt from /practice/worksheet and returns its URL. */
async function startWorksheet(page: Page, prompt: string) {
  await page.goto("/practice/worksheet");
  await page.getByLabel("Prompt").selectOption({ label: prompt });
  await page.getByRole("button", { name: "Create worksheet" }).click();
  await expect(page).toHaveURL(/\/practice\/worksheet\/[0-9a-f-]{36}$/);
  return page.url();
}

const saved = (page: Page) => expect(page.getByTestId("autosave-status")).toHaveAttribute("data-state", "saved");

async function addRequirement(page: Page, text: string) {
  await page.getByRole("button", { name: "Add a requirement" }).click();
  const count = await page.getByLabel(/^Functional requirement \d+$/).count();
  await page.getByLabel(`Functional requirement ${count}`).fill(text);
}

test("a candidate scopes ride-sharing, fixes a tool-first requirement, estimates from it and loses nothing", async ({
  page,
}) => {
  await newCandidate(page);
  const url = await startWorksheet(page, "Design a ride-sharing app");
  await expect(page.getByRole("heading", { name: "Design a ride-sharing app", level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Add an actor" }).click();
  await page.getByLabel("Actor 1", { exact: true }).fill("Rider");
  await page.getByLabel("Core journey of actor 1").fill("Opens the app, gets a ride from A to B, pays");

  await addRequirement(page, "Use Kafka to stream driver locations");
  const warning = page.locator('[data-flag="tool-first"]');
  await expect(warning).toContainText('Tool-first: "Kafka" is a technology');
  await expect(page.getByLabel("Functional requirement 1")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Functional requirement 1").fill("Drivers report their location and availability");
  await expect(warning).toHaveCount(0);
  await addRequirement(page, "Riders request a ride to a destination");
  await addRequirement(page, "Riders pay automatically when the ride ends");

  await page.getByRole("button", { name: "Park a feature" }).click();
  await page.getByLabel("Deferred feature 1").fill("Surge pricing");
  await page.getByLabel("Why it waits").fill("Needs live supply and demand per city cell");

  // An unquantified NFR is flagged; a number clears it and shows the downtime budget.
  await page.getByRole("button", { name: "Check my non-functional requirements" }).click();
  await expect(page.getByTestId("nfr-flags")).toContainText("Availability has no target");
  await page.getByLabel("Availability target (%)").fill("99.99");
  await expect(page.getByTestId("nfr-flags")).not.toContainText("Availability has no target");
  await expect(page.getByText("52.6 min")).toBeVisible();

  await page.getByLabel("Daily active users").fill("10000000");
  await page.getByLabel("Reads per user per day").fill("1728");
  await page.getByLabel("Writes per user per day").fill("432");
  await page.getByLabel("Peak ÷ average (2–5)").fill("3");
  await saved(page);

  // Closing the tab and coming back loses nothing.
  await page.close();
  const again = await page.context().newPage();
  await withFreshIp(again);
  await again.goto(url);
  await expect(again.getByLabel("Functional requirement 1")).toHaveValue(
    "Drivers report their location and availability",
  );
  await expect(again.getByLabel("Deferred feature 1")).toHaveValue("Surge pricing");
  await expect(again.getByLabel("Availability target (%)")).toHaveValue("99.99");
  await expect(again.getByLabel("Daily active users")).toHaveValue("10,000,000");

  // The scale assumptions open the estimator, which shows chapter 2's figures.
  await again.getByRole("link", { name: "Open in the estimator" }).click();
  await expect(again).toHaveURL(/\/practice\/estimate\?worksheet=/);
  await expect(again.getByTestId("prefill-source")).toContainText("Prefilled from the scale assumptions");
  const headline = again.getByTestId("headline");
  await expect(headline).toContainText("600K/s");
  await expect(headline).toContainText("150K/s");
  await expect(headline).toContainText("4:1, read-heavy");
  await expect(again.getByTestId("reference-figures")).toContainText(
    "Nearby-driver reads: 200K/s average → 600K/s peak",
  );
  await expect(again.getByTestId("justifications")).toContainText("Because 750K peak requests/s ≫ 2K/s per app server");
  await expectAccessible(again);
  await again.getByRole("button", { name: /^Attach to/ }).click();
  await expect(again.getByText("Attached: the worksheet shows these figures")).toBeVisible();

  await again.getByRole("link", { name: "Back to the worksheet" }).click();
  await expect(again.getByTestId("attached-estimate")).toContainText("600K/s");

  // The export carries the worksheet and the attached estimate.
  const download = again.waitForEvent("download");
  await again.getByRole("button", { name: "Export Markdown" }).click();
  const markdown = await readFile((await (await download).path())!, "utf8");
  expect(markdown).toContain("1. Drivers report their location and availability");
  expect(markdown).toContain("**Availability:** 99.99% (downtime budget: 52.6 min per year");
  expect(markdown).toContain("| Peak reads | 600K/s |");

  // Submitting shows coverage of the reference requirements and the reference answer.
  await again.getByRole("button", { name: "Submit and compare" }).click();
  const coverage = again.getByTestId("coverage");
  await expect(coverage).toContainText("3 of 8 V1 requirements covered");
  await expect(coverage.locator('[data-covered="no"]')).toHaveCount(5);
  await expect(coverage).toContainText("Shared rides (pooling)");
  await saved(again);
  await again.reload();
  await expect(again.getByTestId("coverage")).toContainText("3 of 8");
});

test("a second tab never silently overwrites the first", async ({ page, context }) => {
  await newCandidate(page, "two-tabs");
  const url = await startWorksheet(page, "Design a URL shortener");
  const second = await context.newPage();
  await withFreshIp(second);
  await second.goto(url);

  // What the server holds (the status alone can read "saved" between two autosaves).
  const stored = async () => {
    const body = await (await page.request.get(`/api/worksheets/${url.split("/").pop()}`)).json();
    return body.worksheet.document.functional.map((item: { text: string }) => item.text);
  };

  await addRequirement(page, "Users shorten a long link");
  await expect.poll(stored).toEqual(["Users shorten a long link"]);
  await saved(page);

  await addRequirement(second, "Visitors are redirected");
  await expect(second.getByTestId("autosave-status")).toHaveAttribute("data-state", "conflict");
  await expect(second.getByRole("alert").filter({ hasText: "changed in another tab" })).toBeVisible();
  await expect(second.getByLabel("Functional requirement 1")).toHaveValue("Visitors are redirected");

  await second.getByRole("button", { name: "Load the other copy" }).click();
  await expect(second.getByLabel("Functional requirement 1")).toHaveValue("Users shorten a long link");
  await addRequirement(second, "Links can expire");
  await expect.poll(stored).toEqual(["Users shorten a long link", "Links can expire"]);
  await saved(second);

  // The first tab is now behind: its next edit conflicts, and keeping it saves on top.
  await page.getByLabel("Functional requirement 1").fill("Users shorten a long URL");
  await expect(page.getByTestId("autosave-status")).toHaveAttribute("data-state", "conflict");
  await page.getByRole("button", { name: "Keep my version" }).click();
  await expect.poll(stored).toEqual(["Users shorten a long URL"]);
  await saved(page);
  await second.reload();
  await expect(second.getByLabel("Functional requirement 1")).toHaveValue("Users shorten a long URL");
  await expect(second.getByLabel("Functional requirement 2")).toHaveCount(0);
});

test("worksheet endpoints refuse strangers and bad input with clear 4xx messages", async ({ page, browser }) => {
  const anonymous = await page.request.get("/api/worksheets");
  expect(anonymous.status()).toBe(401);

  await newCandidate(page, "owner");
  const url = await startWorksheet(page, "Design a chat app");
  const id = url.split("/").pop()!;
  const api = page.request;
  const current = await (await api.get(`/api/worksheets/${id}`)).json();
  const document = current.worksheet.document;

  const bad = await api.put(`/api/worksheets/${id}`, { data: { baseVersion: 1, title: "", document } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/title/i);
  const negative = await api.put(`/api/worksheets/${id}`, {
    data: { baseVersion: 1, title: "Chat", document: { ...document, scale: { ...document.scale, dau: -5 } } },
  });
  expect(negative.status()).toBe(400);
  expect((await negative.json()).error).toMatch(/negative/);
  expect((await api.put(`/api/worksheets/${id}`, { data: { baseVersion: 1, title: "Chat", document } })).status()).toBe(
    200,
  );
  const stale = await api.put(`/api/worksheets/${id}`, { data: { baseVersion: 1, title: "Old", document } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).current.version).toBe(2);
  const badEstimate = await api.put(`/api/worksheets/${id}/estimate`, { data: { estimate: { dau: "many" } } });
  expect(badEstimate.status()).toBe(400);
  expect((await api.get("/api/worksheets/not-a-uuid")).status()).toBe(404);
  expect((await api.get("/api/worksheets?origin=../../etc")).status()).toBe(400);

  // Another candidate cannot read, change, attach to or delete it, even knowing the id.
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await withFreshIp(stranger);
  await newCandidate(stranger, "stranger");
  const theirs = stranger.request;
  expect((await theirs.get(`/api/worksheets/${id}`)).status()).toBe(404);
  expect(
    (await theirs.put(`/api/worksheets/${id}`, { data: { baseVersion: 2, title: "Mine now", document } })).status(),
  ).toBe(404);
  expect((await theirs.put(`/api/worksheets/${id}/estimate`, { data: { estimate: null } })).status()).toBe(404);
  expect((await theirs.delete(`/api/worksheets/${id}`)).status()).toBe(404);
  await stranger.goto(url);
  await expect(stranger.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  await stranger.goto(`/practice/estimate?worksheet=${id}`);
  await expect(stranger.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  await strangerContext.close();

  expect((await api.get(`/api/worksheets/${id}`)).status()).toBe(200);
  expect((await api.delete(`/api/worksheets/${id}`)).status()).toBe(204);
  expect((await api.get(`/api/worksheets/${id}`)).status()).toBe(404);
});

test("the worksheet in chapter 1 is kept per learner, and a visitor's stays in the browser", async ({ page }) => {
  await page.goto("/learn/the-art-of-scoping#your-turn-scope-a-ride-sharing-app");
  const block = page.locator('[data-block="scoping-worksheet"]');
  await expect(block).toContainText("Kept in this browser only");
  await block.getByRole("button", { name: "Add a requirement" }).click();
  await block.getByLabel("Functional requirement 1").fill("Riders rate drivers");
  await expect(block.getByTestId("autosave-status")).toHaveAttribute("data-state", "saved");
  await page.reload();
  await expect(block.getByLabel("Functional requirement 1")).toHaveValue("Riders rate drivers");

  await newCandidate(page, "lesson-worksheet");
  await page.goto("/learn/the-art-of-scoping#your-turn-scope-a-ride-sharing-app");
  await expect(block).not.toContainText("Kept in this browser only");
  await block.getByRole("button", { name: "Add a requirement" }).click();
  await block.getByLabel("Functional requirement 1").fill("Drivers go online");
  await expect(block.getByTestId("autosave-status")).toHaveAttribute("data-state", "saved");
  await page.reload();
  await expect(block.getByLabel("Functional requirement 1")).toHaveValue("Drivers go online");
  await page.goto("/practice/worksheet");
  await expect(page.getByRole("link", { name: "Design a ride-sharing app" })).toHaveCount(1);
});

test("the estimator validates input, and the calculators, numbers and drills work and pass axe", async ({ page }) => {
  await page.goto("/practice/estimate");
  await page.getByLabel("Daily active users").fill("-5");
  await expect(page.getByText("Daily active users cannot be negative.")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Fix the highlighted inputs" })).toBeVisible();
  await page
    .getByLabel("Start from a worked example")
    .selectOption({ label: "IoT sensors (the write-heavy contrast)" });
  await expect(page.getByTestId("headline")).toContainText("1M/s");
  await expect(page.getByTestId("headline")).toContainText("write-heavy");
  // The standalone estimator keeps its inputs in this browser.
  await page.reload();
  await expect(page.getByTestId("headline")).toContainText("write-heavy");
  // The chart's code loads as the chart comes near the screen.
  await page.getByRole("heading", { name: "Storage growth" }).scrollIntoViewIfNeeded();
  await expect(page.locator(".recharts-surface")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/practice/estimate/availability");
  await page.getByLabel("Availability (%)").fill("99.9");
  await expect(page.locator('[data-period="month"]')).toHaveText("43.2 min");
  await page.getByLabel("Downtime budget").fill("1");
  await expect(page.getByTestId("reverse-result")).toContainText("The loosest standard target that fits is 99.99%");
  await page.getByLabel("Dependencies (N)").fill("10");
  await page.getByLabel("Each available (%)").fill("99.9");
  await expect(page.getByTestId("fan-result")).toContainText("99.004");
  await expectAccessible(page);

  await page.goto("/practice/estimate/numbers");
  await expect(page.getByTestId("latency-table")).toContainText("Main memory reference");
  await page.getByLabel("Measured (napkin-math)").check();
  await expect(page.getByTestId("latency-table")).toHaveAttribute("data-table", "measured");
  await expect(page.getByTestId("latency-table")).toContainText("System call");
  await expectAccessible(page);

  await newCandidate(page, "driller");
  await page.goto("/practice/estimate/drills");
  const drill = page.locator('[data-exercise="estimation-drills"]');
  await expect(drill.getByTestId("drill-solution")).toHaveCount(0);
  await drill.getByLabel(/Your estimate/).fill("1");
  await drill.getByRole("button", { name: "Check" }).click();
  await expect(drill.getByTestId("drill-solution")).toContainText("Reference answer");
  await expect(drill).toContainText(/order of magnitude|Off by about|Close|Within/);
  await expectAccessible(page);
  await page.reload();
  await expect(drill.getByTestId("drill-solution")).toContainText("Reference answer");
  await expect
    .poll(async () => {
      const stored = await (await page.request.get("/api/progress/lessons/back-of-the-envelope-math")).json();
      return stored.attempts.filter((attempt: { blockId: string }) => attempt.blockId === "estimation-drills").length;
    })
    .toBe(1);
});

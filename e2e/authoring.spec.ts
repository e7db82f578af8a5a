import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { PREVIEW_TEMPLATE } from "../components/instructor/preview-template";
import { DEMO_PASSWORD, expectAccessible, signIn, withFreshIp } from "./support/helpers";

/** Replaces the preview's source as a paste would (the editor is CodeMirror). */
async function replaceSource(page: Page, text: string) {
  await page.getByLabel("MDX source", { exact: true }).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(text);
}

test.beforeEach(async ({ page }) => {
  await withFreshIp(page);
});

test("an instructor previews MDX in the browser: errors at their line, then the rendered blocks, nothing saved", async ({
  page,
}) => {
  const calls: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/progress") || request.method() !== "GET")
      calls.push(`${request.method()} ${request.url()}`);
  });
  await signIn(page, "instructor@example.com", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/instructor");
  await expect(page.getByText("Chapter 1: The art of scoping")).toBeVisible();
  await page.getByRole("link", { name: "Open the live preview" }).click();
  await expect(page).toHaveURL(/\/instructor\/preview$/);
  calls.length = 0;

  const output = page.getByTestId("preview-output");
  await expect(output.getByRole("heading", { name: "A first section" })).toBeVisible();
  await expect(output.getByRole("heading", { name: "Which of these is a non-functional requirement?" })).toBeVisible();

  const source = page.getByLabel("MDX source", { exact: true });
  // Pushed far down, so that going to its line has to scroll the editor.
  const filler = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1} of filler.\n`).join("\n");
  const broken = PREVIEW_TEMPLATE.replace("<KeyInsight", `${filler}\n<KeyInsights`).replace(
    "</KeyInsight>",
    "</KeyInsights>",
  );
  await replaceSource(page, broken);
  const problems = page.getByTestId("preview-problems");
  await expect(problems).toContainText("1 problem to fix");
  await expect(problems).toContainText("unknown block <KeyInsights>: did you mean <KeyInsight>?");
  // The broken block is marked in place; the rest of the lesson still renders.
  await expect(output.getByTestId("broken-block")).toContainText("unknown block <KeyInsights>");
  await expect(output.getByRole("heading", { name: "A first section" })).toBeVisible();
  await expect(output.getByRole("heading", { name: "Which of these is a non-functional requirement?" })).toBeVisible();
  const line = broken.split("\n").findIndex((text) => text.startsWith("<KeyInsights")) + 1;
  await problems.getByRole("button", { name: `line ${line}` }).click();
  await expect(source).toBeFocused();
  await expect(page.locator(".cm-line", { hasText: "<KeyInsights" })).toBeInViewport();

  await replaceSource(page, broken.replace("<KeyInsights", "<Pitfall").replace("</KeyInsights>", "</Pitfall>"));
  await expect(problems).toBeEmpty();
  await expect(output.getByText("Pitfall", { exact: true })).toBeVisible();
  // The blocks work in the preview, and nothing is sent to the server.
  await output.getByLabel("p99 latency under 500 ms").check();
  await output.getByRole("button", { name: "Check answer" }).click();
  await expect(output.getByText("Correct.")).toBeVisible();
  expect(calls).toEqual([]);
  await expectAccessible(page);
});

test("a chapter with an inline diagram and every newer block passes the preview's checks and works by keyboard", async ({
  page,
}) => {
  await signIn(page, "instructor@example.com", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/instructor/preview");
  await replaceSource(page, readFileSync("e2e/fixtures/authoring-test-chapter.mdx", "utf8"));
  const output = page.getByTestId("preview-output");
  await expect(output.getByRole("heading", { name: "A diagram written in the lesson" })).toBeVisible();
  await expect(page.getByTestId("preview-problems")).toBeEmpty();
  const figure = output.locator('[data-block="diagram"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.getByRole("img", { name: /The client calls the API over HTTPS/ })).toBeVisible();
  await expect(figure.locator("svg")).toContainText("Orders DB");

  // Table fill: a select and a typed cell, from the keyboard.
  await output.getByLabel("What breaks, The cache node dies").selectOption({ index: 2 });
  await output.getByLabel("The fix, The primary database dies").fill("Promote a replica");
  await output.getByRole("button", { name: "Check table" }).press("Enter");
  await expect(output.getByText("Correct.").first()).toBeVisible();

  // Matching: one right, two wrong, scored per pair.
  await output.getByLabel("Account balances that must never go wrong").selectOption("Relational database");
  await output.getByLabel("Session data read on every request").selectOption("Graph database");
  await output.getByRole("button", { name: "Check matches" }).press("Enter");
  await expect(output.getByText(/Score 33%/)).toBeVisible();

  // Step reveal: the first step opens, the next two ask for a prediction first.
  await output.getByRole("button", { name: "Show step 1 of 3" }).press("Enter");
  await output.getByLabel("About 1,000 per second").check();
  await output.getByRole("button", { name: "Check prediction and show step 2" }).press("Enter");
  await output.getByLabel("A hundred times the average").check();
  await output.getByRole("button", { name: "Check prediction and show step 3" }).press("Enter");
  await expect(output.getByText(/Score 50%/)).toBeVisible();

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAccessible(page);
  }
});

test("the preview refuses lesson source that tries to run code", async ({ page }) => {
  await signIn(page, "instructor@example.com", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/instructor/preview");
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const attacks = [
    "{alert(1)}",
    'import x from "data:text/javascript,alert(1)"',
    '<Quiz id="x" question={alert(1)} options={[]} />',
    '<img src="x" onError="alert(1)" />',
    "[click](javascript:alert(1))",
  ];
  for (const attack of attacks) {
    await replaceSource(
      page,
      `---\ntitle: Attack\nslug: attack\npart: first-ten-minutes\norder: 1\nsummary: An attempt to run code.\nobjectives:\n  - none\nprerequisites: []\n---\n\n${attack}\n`,
    );
    await page.waitForTimeout(400);
    const link = page.getByTestId("preview-output").getByRole("link", { name: "click" });
    if (await link.count()) await link.click();
  }
  expect(dialogs).toBe(0);
});

test("candidates cannot open the preview", async ({ page }) => {
  await signIn(page, "candidate@example.com", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  const response = await page.goto("/instructor/preview");
  expect(response?.status()).toBe(403);
  await expect(page.getByLabel("MDX source", { exact: true })).toHaveCount(0);
});

test("the preview needs no eval: it works under the same strict policy as every page", async ({ request }) => {
  const preview = (await request.get("/instructor/preview", { maxRedirects: 0 })).headers()["content-security-policy"];
  expect(preview).toBeTruthy();
  expect(preview).not.toContain("'unsafe-eval'");
});

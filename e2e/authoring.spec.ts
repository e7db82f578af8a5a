import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, expectAccessible, signIn, withFreshIp } from "./support/helpers";

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

  const source = page.getByLabel("MDX source");
  const broken = (await source.inputValue())
    .replace("<KeyInsight", "<KeyInsights")
    .replace("</KeyInsight>", "</KeyInsights>");
  await source.fill(broken);
  const problems = page.getByTestId("preview-problems");
  await expect(problems).toContainText("1 problem to fix");
  await expect(problems).toContainText("unknown block <KeyInsights>: did you mean <KeyInsight>?");
  const line = broken.split("\n").findIndex((text) => text.startsWith("<KeyInsights")) + 1;
  await problems.getByRole("button", { name: `line ${line}` }).click();
  await expect(source).toBeFocused();

  await source.fill(broken.replace("<KeyInsights", "<Pitfall").replace("</KeyInsights>", "</Pitfall>"));
  await expect(problems).toBeEmpty();
  await expect(output.getByText("Pitfall", { exact: true })).toBeVisible();
  // The blocks work in the preview, and nothing is sent to the server.
  await output.getByLabel("p99 latency under 500 ms").check();
  await output.getByRole("button", { name: "Check answer" }).click();
  await expect(output.getByText("Correct.")).toBeVisible();
  expect(calls).toEqual([]);
  await expectAccessible(page);
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
  const source = page.getByLabel("MDX source");
  const attacks = [
    "{alert(1)}",
    'import x from "data:text/javascript,alert(1)"',
    '<Quiz id="x" question={alert(1)} options={[]} />',
    '<img src="x" onError="alert(1)" />',
    "[click](javascript:alert(1))",
  ];
  for (const attack of attacks) {
    await source.fill(
      `---\ntitle: Attack\nslug: attack\npart: first-ten-minutes\norder: 1\nsummary: An attempt to run code.\nobjectives:\n  - none\nminutes: 1\n---\n\n${attack}\n`,
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
  await expect(page.getByLabel("MDX source")).toHaveCount(0);
});

test("the preview needs no eval: it works under the same strict policy as every page", async ({ request }) => {
  const preview = (await request.get("/instructor/preview", { maxRedirects: 0 })).headers()["content-security-policy"];
  expect(preview).toBeTruthy();
  expect(preview).not.toContain("'unsafe-eval'");
});

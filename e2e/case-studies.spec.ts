import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signUp, uniqueEmail, withFreshIp } from "./support/helpers";

/**
 * The case studies: one whole walk through a case, signed in, every stage
 * done in its tool and saved; then every case opened with all its reference
 * stages and checked with axe in light, dark and phone width.
 */
const SLUG = "case-study-url-shortener";

test.beforeEach(async ({ page }) => {
  await withFreshIp(page);
});

async function originDocument(page: Page, collection: string, block: string) {
  const response = await page.request.get(`/api/${collection}?origin=${encodeURIComponent(`${SLUG}/${block}`)}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Record<string, Record<string, unknown>>;
}

test("a case study walked through: scoped, estimated from the scope, drawn and compared, a deep dive answered, all saved", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await signUp(page, { name: "Case Walker", email: uniqueEmail("case"), password: "case walker password" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto(`/learn/${SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("URL shortener");

  // Scope: the worksheet first, then the reference with coverage.
  const worksheet = page.locator('[data-block="scoping-worksheet"]');
  await worksheet.scrollIntoViewIfNeeded();
  await worksheet.getByRole("button", { name: "Add a requirement" }).click();
  await page.keyboard.type("Shorten a long URL into a short code");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Opening the short link redirects to the long one");
  await worksheet.getByLabel("Daily active users").fill("20M");
  await worksheet.getByLabel("Reads per user per day").fill("5");
  await worksheet.getByLabel("Writes per user per day").fill("0.2");
  await expect(worksheet.getByTestId("autosave-status")).toHaveAttribute("data-state", "saved");
  await worksheet.getByRole("button", { name: "Submit and compare" }).click();
  await expect(worksheet.getByTestId("coverage")).toContainText("2 of 5 V1 requirements covered");

  // Estimate: prefilled from the learner's scale, not the reference's, and attached to the worksheet.
  const estimator = page.locator('[data-block="case-estimator"]');
  await estimator.scrollIntoViewIfNeeded();
  await expect(estimator.getByTestId("prefill-source")).toContainText("20M daily users, 5 reads and 0.2 writes");
  await expect(estimator.getByLabel("Daily active users")).toHaveValue("20,000,000");
  await estimator.getByRole("button", { name: /^Attach to/ }).click();
  await expect(estimator.getByText("Attached: the worksheet shows these figures")).toBeVisible();

  // Then the reference estimate, with its formulas.
  const estimateReference = page.locator('[data-block="case-reference"][data-part="estimate"]');
  await estimateReference.locator("summary").click();
  await expect(estimateReference.getByTestId("funnel-steps")).toBeVisible();

  // Design: the comparison opens only once the learner has drawn.
  const board = page.locator('[data-block="whiteboard"]').first();
  await board.scrollIntoViewIfNeeded();
  await expect(board.getByTestId("reference-compare")).toBeVisible();
  const compare = board.getByRole("button", { name: "Compare with the reference diagram" });
  await expect(compare).toBeDisabled();
  await board.getByLabel("Kind", { exact: true }).selectOption({ label: "Cache" });
  await board.getByLabel("Label", { exact: true }).fill("Hot links cache");
  await board.getByRole("button", { name: "Add component" }).click();
  await expect(compare).toBeEnabled();
  await compare.click();
  await expect(board.getByTestId("reference-checks")).toHaveText(/^(\d+) of \1 board checks pass\.$/);
  await expect(board.getByTestId("my-checks")).toContainText("board checks pass");
  await expect(board.getByTestId("missing-components")).toContainText("In the reference with no similarly named box");
  await expect(board.getByRole("img", { name: /^Reference diagram:/ })).toBeVisible();
  await expect(board.getByTestId("autosave-status")).toHaveAttribute("data-state", "saved");

  // A deep dive: the key-space prediction, scored and saved as the lesson's attempt.
  const keyspace = page.locator('[data-block="keyspace-calculator"]');
  await keyspace.scrollIntoViewIfNeeded();
  const prediction = keyspace.locator('[data-prediction="years-seven-chars"]');
  await prediction.getByLabel("About 2,900 years").check();
  await prediction.getByRole("button", { name: "Check prediction" }).click();
  await expect(prediction.getByText("Correct.", { exact: true })).toBeVisible();
  await expect(page.getByTestId("save-status")).toHaveText("All changes saved.");

  // All of it is in the account.
  const scoped = (await originDocument(page, "worksheets", "scope")).worksheet!;
  expect(scoped.document).toMatchObject({ scale: { dau: 20_000_000 }, submittedAt: expect.any(String) });
  expect(scoped.estimate).toMatchObject({ dau: 20_000_000 });
  const drawn = (await originDocument(page, "diagrams", "design")).diagram!;
  expect(drawn.source).toContain("Hot links cache");
  const progress = await page.request.get(`/api/progress/lessons/${SLUG}`);
  const { attempts } = (await progress.json()) as { attempts: { blockId: string; correct: boolean }[] };
  expect(attempts.find((attempt) => attempt.blockId === "keyspace-calculator")).toMatchObject({ correct: true });

  // And reopens from /practice, the estimate with it.
  await page.goto("/practice/worksheet");
  await page
    .getByRole("link", { name: String(scoped.title) })
    .first()
    .click();
  await expect(page.getByText("20M", { exact: false }).first()).toBeVisible();
  expect(errors).toEqual([]);
});

const CASES = [
  "case-study-social-feed",
  "case-study-url-shortener",
  "case-study-ride-sharing",
  "case-study-task-scheduler",
  "case-study-chat",
];

for (const slug of CASES) {
  test(`${slug}: every reference stage opens, and axe passes in light, dark and at phone width`, async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`/learn/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const references = page.locator('[data-block="case-reference"]');
    expect(await references.count()).toBeGreaterThanOrEqual(6);
    for (const reference of await references.all()) {
      await reference.locator("summary").click();
      await expect(reference.locator("[data-part]").first()).toBeVisible();
    }
    await expect(page.getByText("Loading the reference…")).toHaveCount(0);
    await expectAccessible(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });
}

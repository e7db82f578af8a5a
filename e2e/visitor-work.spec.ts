import { expect, test, type Page } from "@playwright/test";
import { accountButton, formReady, signOut, uniqueEmail, withFreshIp } from "./support/helpers";

test.beforeEach(async ({ page }) => {
  await withFreshIp(page);
});

const CHAPTER_1 = "/learn/the-art-of-scoping";
const WORKSHEET = `${CHAPTER_1}#your-turn-scope-a-ride-sharing-app`;
const DIAGRAM = `flowchart LR
  Rider([Rider app]) -- HTTPS --> API[Ride API]
  API -- SQL --> Trips[(Trips)]`;

const worksheetBlock = (page: Page) => page.locator('[data-block="scoping-worksheet"]');
const progressRow = (page: Page) =>
  page.getByRole("region", { name: "Your progress" }).getByTestId("dashboard-the-art-of-scoping");

async function counts(page: Page) {
  const worksheets = (await (await page.request.get("/api/worksheets")).json()).worksheets as { title: string }[];
  const diagrams = (await (await page.request.get("/api/diagrams")).json()).diagrams as { title: string }[];
  const lesson = await (await page.request.get("/api/progress/lessons/the-art-of-scoping")).json();
  return {
    rideSharingWorksheets: worksheets.filter((sheet) => sheet.title.startsWith("Design a ride-sharing app")).length,
    diagrams: diagrams.length,
    answers: (lesson.attempts as unknown[]).length,
  };
}

test("a visitor's worksheet, diagram and answers are kept at sign-up, shown where they were made, and never doubled", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // As a visitor: the worksheet in chapter 1, an answer, and a diagram on the whiteboard.
  await page.goto(WORKSHEET);
  const block = worksheetBlock(page);
  await expect(block).toContainText("Kept in this browser only");
  await block.getByRole("button", { name: "Add a requirement" }).click();
  await block.getByLabel("Functional requirement 1").fill("Riders request a ride to a destination");
  await expect(block.getByTestId("autosave-status")).toHaveAttribute("data-state", "saved");
  const quiz = page.locator('[data-exercise="one-hour-budget"]');
  await quiz.getByLabel("99.99%", { exact: true }).check();
  await quiz.getByRole("button", { name: "Check answer" }).click();
  await expect(quiz.getByText("Correct.")).toBeVisible();

  await page.goto("/practice/whiteboard");
  await page.getByRole("link", { name: "Basic web app" }).click();
  await expect(page).toHaveURL(/\/practice\/whiteboard\/try\?template=basic-web-app$/);
  await page.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(DIAGRAM);
  await expect(page.getByTestId("autosave-status")).toHaveAttribute("data-state", "saved");

  // Back in the lesson, the worksheet's own link leads to sign-in, and on to sign-up, returning here.
  await page.goto(WORKSHEET);
  await block.getByRole("link", { name: "Sign in" }).click();
  // Wait for the sign-in page: the lesson's save status has a "Create an account" link too.
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/signup\?callbackUrl=%2Flearn%2Fthe-art-of-scoping$/);
  const browserCopy = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));

  await formReady(page);
  const keep = page.getByRole("checkbox", { name: /Keep what I did in this browser in my account/ });
  await expect(keep).toBeChecked();
  await expect(page.locator("form")).toContainText("1 answer in 1 lesson, 1 worksheet and 1 diagram");
  const email = uniqueEmail("visitor");
  await page.getByLabel("Name").fill("Vic Visitor");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("visitor password");
  await page.getByRole("button", { name: "Create account" }).click();

  // Back on chapter 1, in the account: the worksheet as typed, the answer scored.
  await expect(page).toHaveURL(new RegExp(`${CHAPTER_1}$`));
  await expect(accountButton(page)).toBeVisible();
  await page.goto(WORKSHEET);
  await expect(block).not.toContainText("Kept in this browser only");
  await expect(block.getByLabel("Functional requirement 1")).toHaveValue("Riders request a ride to a destination");
  await expect(quiz.getByText("Correct.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Work from before you signed in" })).toHaveCount(0);
  await page.goto("/practice/whiteboard");
  await expect(page.getByRole("link", { name: "Basic web app" })).toHaveCount(1);
  await page.getByRole("link", { name: "Basic web app" }).click();
  await expect(page.locator(".cm-content")).toContainText("Rider([Rider app])");
  expect(await counts(page)).toEqual({ rideSharingWorksheets: 1, diagrams: 1, answers: 1 });

  // The same browser copy offered again (as a second tab that still held it would): nothing doubles.
  await signOut(page);
  await page.evaluate((entries) => {
    for (const [key, value] of JSON.parse(entries) as [string, string][]) localStorage.setItem(key, value);
  }, browserCopy);
  await page.goto("/signin");
  await formReady(page);
  await expect(page.locator("form")).toContainText("1 answer in 1 lesson, 1 worksheet and 1 diagram");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("visitor password");
  await page.getByRole("button", { name: "Sign in" }).click();
  // Landing on the dashboard counts the answer at once: no reload.
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(progressRow(page)).toContainText("1 of 12 exercises · right the first time 100%");
  expect(await counts(page)).toEqual({ rideSharingWorksheets: 1, diagrams: 1, answers: 1 });
  await expect(page.getByRole("region", { name: "Work from before you signed in" })).toHaveCount(0);
});

test("work left in the browser at sign-in is offered on every page until kept, and a practice page opens the kept copy", async ({
  page,
}) => {
  const email = uniqueEmail("later");
  await page.goto("/signup");
  await formReady(page);
  await page.getByLabel("Name").fill("Lee Later");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("later password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await signOut(page);

  await page.goto("/practice/worksheet/try?prompt=url-shortener");
  await page.getByRole("button", { name: "Add a requirement" }).click();
  await page.getByLabel("Functional requirement 1").fill("Users shorten a link");
  await expect(page.getByTestId("autosave-status")).toHaveAttribute("data-state", "saved");

  // Signing in from this page with the box unticked leaves the worksheet in the browser…
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/callbackUrl=%2Fpractice%2Fworksheet%2Ftry%3Fprompt%3Durl-shortener$/);
  await formReady(page);
  await page.getByRole("checkbox", { name: /Keep what I did in this browser/ }).uncheck();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("later password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/practice\/worksheet\/try\?prompt=url-shortener$/);

  // …and every page offers it, until it is kept (or discarded after a confirmation).
  const offer = page.getByRole("region", { name: "Work from before you signed in" });
  await expect(offer).toContainText("This browser holds 1 worksheet from before you signed in.");
  await offer.getByRole("button", { name: "Discard it" }).click();
  await expect(offer).toContainText("Discard 1 worksheet for good? This cannot be undone.");
  await offer.getByRole("button", { name: "Cancel" }).click();
  await offer.getByRole("button", { name: "Keep it in my account" }).click();
  // The practice page that showed the browser's copy now opens the account's.
  await expect(page).toHaveURL(/\/practice\/worksheet\/[0-9a-f-]{36}$/);
  await expect(page.getByLabel("Functional requirement 1")).toHaveValue("Users shorten a link");
  await expect(offer).toHaveCount(0);
});

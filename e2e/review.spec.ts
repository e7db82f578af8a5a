import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, formReady, signUp, uniqueEmail, withFreshIp } from "./support/helpers";

// Under parallel load the dashboard has been seen (2026-12-03, on the
// last landed commit too) to hold a second, hidden copy of its panels after a
// full load: what the learner sees is the visible one. Tracked in issue 15's note.
const dashboard = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true });

// The learning loop: misses in a lesson become review cards, scheduled by
// FSRS, dealt on /review the next day, and the dashboard's streak and next
// step follow. "The next day" comes from a test-only time source (the server
// reads a cookie under TRADEOFF_TEST_CLOCK=1, the page runs Playwright's
// clock), never from sleeping.

const CHAPTER_1 = "/learn/the-art-of-scoping";
const DAY_MS = 86_400_000;
const quiz = (page: Page) => page.locator('[data-exercise="one-hour-budget"]');
const estimate = (page: Page) => page.locator('[data-exercise="three-nines-downtime"]');

/** Moves the learner's "now" (server and page alike) to `time`; reload a page to see it. */
async function setNow(page: Page, time: Date) {
  await page
    .context()
    .addCookies([{ name: "tradeoff-test-now", value: time.toISOString(), url: test.info().project.use.baseURL! }]);
  await page.clock.install({ time });
}

/** Misses the one-hour quiz and the downtime estimate, then puts the quiz right in place. */
async function missTwoRetryOne(page: Page) {
  await page.goto(CHAPTER_1);
  await quiz(page).getByLabel("99.9%", { exact: true }).check();
  await quiz(page).getByRole("button", { name: "Check answer" }).click();
  await expect(quiz(page).getByText("Score 0%.", { exact: true })).toBeVisible();
  await estimate(page).getByLabel("Your estimate").fill("2");
  await estimate(page).getByRole("button", { name: "Check estimate" }).click();
  await expect(estimate(page).getByRole("button", { name: "Try again" })).toBeVisible();

  const card = page.getByTestId("scorecard");
  await card.scrollIntoViewIfNeeded();
  const toRetry = card.getByRole("list").first();
  await expect(toRetry.getByRole("link")).toHaveCount(2);
  await expect(card.getByRole("link", { name: "review queue" })).toBeVisible();

  await quiz(page).getByRole("button", { name: "Try again" }).click();
  await quiz(page).getByLabel("99.99%", { exact: true }).check();
  await quiz(page).getByRole("button", { name: "Check answer" }).click();
  await expect(quiz(page).getByText("Correct.", { exact: true })).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await expect(toRetry.getByRole("link")).toHaveCount(1);
}

test("a miss comes back on /review the next day, is answered there, and the streak and next step follow", async ({
  page,
}) => {
  await withFreshIp(page);
  await signUp(page, { name: "Rae Reviewer", email: uniqueEmail("review"), password: "review password" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(dashboard(page, "due-today")).toContainText("No review cards yet");

  await missTwoRetryOne(page);
  await expect(page.getByTestId("save-status")).toContainText("All changes saved.");

  // The next day: both misses are due (the one put right in the lesson too: right after seeing
  // the answer is not yet remembered), and the dashboard says to review them first.
  await setNow(page, new Date(Date.now() + DAY_MS));
  await page.goto("/dashboard");
  await expect(dashboard(page, "next-step")).toHaveText("Review 2 cards due today");
  await expect(dashboard(page, "streak")).toHaveAttribute("data-streak", "1");
  await expectAccessible(page);

  await dashboard(page, "next-step").click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByText("Card 1 of 2")).toBeVisible();
  await expectAccessible(page);

  // Card 1, the quiz, dealt afresh and unanswered: answer it right.
  const first = page.locator('[data-exercise="one-hour-budget"]');
  await expect(first.getByRole("button", { name: "Check answer" })).toBeVisible();
  await first.getByLabel("99.99%", { exact: true }).check();
  await first.getByRole("button", { name: "Check answer" }).click();
  const rating = page.getByRole("region", { name: "How did it go?" });
  await expect(rating).toContainText("Right in");
  // The learner may change the suggested rating.
  await rating.getByRole("radio", { name: /^Hard/ }).check();
  await expect(rating.getByRole("radio", { name: /^Hard/ })).toBeChecked();
  await expectAccessible(page);
  await rating.getByRole("button", { name: "Save rating and go on" }).click();

  // Card 2, the other miss: the estimate, with its worked answer after.
  await expect(page.getByText("Card 2 of 2")).toBeVisible();
  const second = page.locator('[data-exercise="three-nines-downtime"]');
  await second.getByLabel("Your estimate").fill("8.77");
  await second.getByRole("button", { name: "Check estimate" }).click();
  await expect(second).toContainText("8,766 hours");
  await expect(rating.getByRole("radio", { name: /^Again/ })).not.toBeChecked();
  await rating.getByRole("button", { name: "Save rating and go on" }).click();
  await expect(page.getByTestId("review-summary")).toContainText("You reviewed 2 cards.");

  // Stored: nothing due now, two reviewed; the streak counts yesterday's answers and today's
  // reviews, and the next step moves on to the next chapter.
  await page.goto("/dashboard");
  await expect(dashboard(page, "streak")).toHaveAttribute("data-streak", "2");
  await expect(dashboard(page, "next-step")).toHaveText(/^Read Chapter 2: /);
  // The card rated hard is still learning: due again in minutes, so later today, not now.
  await expect(dashboard(page, "due-today")).toContainText("1 card due today (0 ready now) · 2 cards in all");

  // Both cards are kept, neither due again yet.
  const queue = await page.request.get("/api/review/queue");
  expect(queue.status()).toBe(200);
  const body = (await queue.json()) as { cards: unknown[]; counts: { total: number } };
  expect(body.counts.total).toBe(2);
  expect(body.cards).toHaveLength(0);
});

test("keyboard only on /review: a digit picks, Enter checks, goes to the rating, and saves it", async ({ page }) => {
  await withFreshIp(page);
  await signUp(page, { name: "Kay Keys", email: uniqueEmail("review-keys"), password: "review password" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto(CHAPTER_1);
  await quiz(page).getByLabel("99.9%", { exact: true }).check();
  await quiz(page).getByRole("button", { name: "Check answer" }).click();
  await expect(quiz(page).getByText("Score 0%.", { exact: true })).toBeVisible();
  await expect(page.getByTestId("save-status")).toContainText("All changes saved.");

  await setNow(page, new Date(Date.now() + DAY_MS));
  await page.goto("/review");
  const card = page.locator('[data-exercise="one-hour-budget"]');
  // The card takes the focus as it is dealt.
  await expect(card).toBeFocused();
  const digit = await card
    .locator("label", { hasText: /^99\.99%$/ })
    .locator("kbd")
    .getAttribute("data-key");
  await page.keyboard.press(digit!);
  await expect(card.getByLabel("99.99%", { exact: true })).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(card.getByText("Correct.", { exact: true })).toBeVisible();
  await page.keyboard.press("Enter");
  const rating = page.getByRole("region", { name: "How did it go?" });
  await expect(rating.getByRole("radio").first()).toBeFocused();
  await page.keyboard.press("4");
  await expect(rating.getByRole("radio", { name: /^Easy/ })).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("review-summary")).toContainText("You reviewed 1 card.");

  // At phone width, the end of a session and the dashboard's habit panel read and pass axe too.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  await page.goto("/dashboard");
  await expect(dashboard(page, "streak")).toHaveAttribute("data-streak", "2");
  await expectAccessible(page);
});

test("a visitor's guess becomes a local card, reviewed in the browser, and kept in the account at sign-up", async ({
  page,
}) => {
  await withFreshIp(page);
  await page.goto(CHAPTER_1);
  await expect(page.getByTestId("save-status")).toContainText("Your answers are kept in this browser.");
  await quiz(page).getByLabel("99.99%", { exact: true }).check();
  await quiz(page).getByRole("button", { name: "Check answer" }).click();
  await quiz(page).getByRole("button", { name: "That was a guess: review it later" }).click();
  await expect(quiz(page).getByRole("status")).toContainText("Marked as a guess");

  await page.goto("/review");
  const card = page.locator('[data-exercise="one-hour-budget"]');
  await card.getByLabel("99.99%", { exact: true }).check();
  await card.getByRole("button", { name: "Check answer" }).click();
  await page.getByRole("button", { name: "Save rating and go on" }).click();
  await expect(page.getByTestId("review-summary")).toContainText("You reviewed 1 card.");

  await page.goto("/signup");
  await formReady(page);
  await expect(page.locator("form")).toContainText("2 reviews");
  await page.getByLabel("Name").fill("Vi Visitor");
  await page.getByLabel("Email").fill(uniqueEmail("review-visitor"));
  await page.getByLabel("Password").fill("visitor password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // In the account: the one card (a guess, then reviewed), not two.
  await expect
    .poll(async () => {
      const queue = await page.request.get("/api/review/queue");
      return ((await queue.json()) as { counts: { total: number } }).counts.total;
    })
    .toBe(1);
  await page.reload();
  await expect(dashboard(page, "due-today")).toContainText("1 card in all");
});

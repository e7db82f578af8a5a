import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { COMPILE_HINT } from "../lib/ops/compile-hints.mjs";
import { collectScripts, expectAccessible, signUp, uniqueEmail, withFreshIp } from "./support/helpers";

const CHAPTER_1 = "/learn/the-art-of-scoping";

test.beforeEach(async ({ page }) => {
  await withFreshIp(page);
});

/** Answers the "one hour of downtime a year" quiz in chapter 1. */
async function answerOneHourQuiz(page: Page, option: string) {
  const quiz = page.locator('[data-exercise="one-hour-budget"]');
  await quiz.getByLabel(option, { exact: true }).check();
  await quiz.getByRole("button", { name: "Check answer" }).click();
  return quiz;
}

async function savedAttempts(page: Page, slug: string) {
  const response = await page.request.get(`/api/progress/lessons/${slug}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as {
    attempts: { blockId: string; score: number | null; correct: boolean }[];
    progress: { sectionsReached: string[]; lastSection: string | null; completedAt: string | null };
  };
}

test("the course page lists the parts and chapters, and passes axe", async ({ page }) => {
  await page.goto("/learn");
  await expect(page.getByRole("heading", { name: "The first 10 minutes" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Chapter 1: The art of scoping" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Chapter 2: Back-of-the-envelope math" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Case study A: A social media feed" })).toBeVisible();
  // Every part has chapters now; the empty state is for a part added before its first chapter.
  await expect(page.getByText("No chapters in this part yet.")).toHaveCount(0);
  await expectAccessible(page);
});

test("a lesson page is prerendered with its table of contents, anchors, breadcrumbs and pager, and passes axe", async ({
  page,
}) => {
  const response = await page.goto(CHAPTER_1);
  expect(response?.headers()["x-nextjs-prerender"]).toBeTruthy();
  await expect(page.getByRole("heading", { level: 1, name: "The art of scoping" })).toBeVisible();
  const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(breadcrumb.getByRole("link", { name: "Learn" })).toHaveAttribute("href", "/learn");
  await expect(
    page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: "Monolith first" }),
  ).toBeVisible();
  await expect(page.locator("h2#monolith-first a.heading-anchor")).toHaveAttribute("href", "#monolith-first");
  await expect(page.getByRole("link", { name: /Next · Chapter 2/ })).toHaveAttribute(
    "href",
    "/learn/back-of-the-envelope-math",
  );
  // Tables are GitHub-flavoured and code, if any, is highlighted at build time.
  await expect(page.locator(".lesson-prose table").first()).toBeVisible();
  await expectAccessible(page);
});

test("the table of contents follows the scroll", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(CHAPTER_1);
  const toc = page.getByRole("navigation", { name: "On this page" });
  await toc.getByRole("link", { name: "Monolith first" }).click();
  await expect(page).toHaveURL(/#monolith-first$/);
  await expect(toc.getByRole("link", { name: "Monolith first" })).toHaveAttribute("aria-current", "location");
});

test("a quiz reveals every explanation only after the learner commits", async ({ page }) => {
  await page.goto(CHAPTER_1);
  const quiz = page.locator('[data-exercise="one-hour-budget"]');
  await expect(quiz.getByText("Four nines allow about 52.6 minutes")).toHaveCount(0);
  await expect(quiz.getByRole("button", { name: "Check answer" })).toBeDisabled();
  await answerOneHourQuiz(page, "99.999%");
  await expect(quiz.getByText("Score 0%.")).toBeVisible();
  await expect(quiz.getByText("Four nines allow about 52.6 minutes")).toBeVisible();
  await expect(quiz.getByText("Two nines allow about 3.65 days")).toBeVisible();
  await quiz.getByRole("button", { name: "Try again" }).click();
  await answerOneHourQuiz(page, "99.99%");
  await expect(quiz.getByText("Correct.")).toBeVisible();
});

test("a matching and a step-by-step reveal in chapter 2 are saved as attempts and come back", async ({ page }) => {
  await signUp(page, { name: "Matcher", email: uniqueEmail("matcher"), password: "matcher password" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/learn/back-of-the-envelope-math");

  const matching = page.locator('[data-exercise="number-to-component"]');
  await matching.scrollIntoViewIfNeeded();
  const choices: [RegExp, string][] = [
    [/600,000 reads a second/, "A load balancer in front of a fleet of stateless application servers"],
    [/150,000 location writes/, "A write store that scales out across machines, or a sharded database"],
    [/Hundreds of thousands of reads/, "An in-memory cache in front of the database"],
    [/Dashcam clips/, "One larger relational server with more memory"],
  ];
  for (const [left, right] of choices) await matching.getByLabel(left).selectOption(right);
  await matching.getByRole("button", { name: "Check matches" }).press("Enter");
  await expect(matching.getByText("Score 75%.")).toBeVisible();
  await expect(matching.getByText("It matches An object store")).toBeVisible();

  const walk = page.locator('[data-exercise="availability-step-by-step"]');
  await walk.scrollIntoViewIfNeeded();
  for (const [step, choice] of [
    [1, "About 99.8%"],
    [2, "99.99%"],
    [3, "About 90%"],
  ] as const) {
    await walk.getByLabel(choice, { exact: true }).check();
    await walk.getByRole("button", { name: `Check prediction and show step ${step}` }).press("Enter");
  }
  await walk.getByRole("button", { name: "Show step 4 of 4" }).press("Enter");
  await expect(walk.getByText(/Score 67%/)).toBeVisible();

  await expect(page.getByTestId("save-status")).toHaveText("All changes saved.");
  const saved = await savedAttempts(page, "back-of-the-envelope-math");
  expect(saved.attempts.find((a) => a.blockId === "number-to-component")).toMatchObject({ score: 0.75 });
  expect(saved.attempts.find((a) => a.blockId === "availability-step-by-step")?.score).toBeCloseTo(2 / 3);

  await page.reload();
  await expect(page.locator('[data-exercise="number-to-component"]').getByText("Score 75%.")).toBeVisible();
  await expect(page.locator('[data-exercise="availability-step-by-step"]').getByText(/Score 67%/)).toBeVisible();
  await expectAccessible(page);
});

test("ordering and estimates work from the keyboard", async ({ page }) => {
  await page.goto(CHAPTER_1);
  const ordering = page.locator('[data-exercise="scoping-steps"]');
  const items = ordering.locator("li");
  // Sort by moving items with the keyboard until they match the intended order.
  const target = ["Identify", "Map one", "Distill", "Write"];
  for (let position = 0; position < target.length; position++) {
    for (let guard = 0; guard < 4; guard++) {
      if ((await items.nth(position).innerText()).includes(target[position]!)) break;
      const below = items.filter({ hasText: new RegExp(`^\\S*\\s*${target[position]}`) });
      const up = below.getByRole("button", { name: /Move .* up/ });
      await up.focus();
      await page.keyboard.press("Enter");
    }
  }
  await ordering.getByRole("button", { name: "Check order" }).click();
  await expect(ordering.getByText("Correct.")).toBeVisible();

  const estimate = page.locator('[data-exercise="four-nines-downtime"]');
  await estimate.getByLabel("Your estimate").fill("5.26");
  await estimate.getByLabel("Your estimate").press("Enter");
  await expect(estimate.getByText(/order of magnitude/)).toBeVisible();
  await expect(estimate.getByText("Reference: 52.6 minutes")).toBeVisible();
  await estimate.getByRole("button", { name: "Try again" }).click();
  await estimate.getByLabel("Your estimate").fill("0.9");
  await estimate.getByLabel("Unit").selectOption("hours");
  await estimate.getByRole("button", { name: "Check estimate" }).click();
  await expect(estimate.getByText("Correct.")).toBeVisible();
});

test("a new user's answers and reading position are saved and come back, and the dashboard shows them", async ({
  page,
}) => {
  await signUp(page, { name: "Reader", email: uniqueEmail("reader"), password: "reader password" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText("No lessons started yet").filter({ visible: true })).toBeVisible();

  await page.goto(CHAPTER_1);
  await expect(page.getByTestId("save-status")).not.toHaveAttribute("data-state", "unknown");
  await answerOneHourQuiz(page, "99.99%");
  await expect(page.getByTestId("save-status")).toHaveText("All changes saved.");

  const game = page.locator('[data-exercise="monolith-or-microservices"]');
  await game.scrollIntoViewIfNeeded();
  await game.getByRole("radio").first().check();
  await game.getByRole("button", { name: "Decide" }).click();
  await expect(game.getByText("Why:")).toBeVisible();

  // Read down to the parking-lot section, then leave.
  await page.locator("h2#the-parking-lot-deciding-what-not-to-build").scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  await expect
    .poll(async () => (await savedAttempts(page, "the-art-of-scoping")).progress.lastSection, { timeout: 10_000 })
    .toBe("the-parking-lot-deciding-what-not-to-build");
  const saved = await savedAttempts(page, "the-art-of-scoping");
  expect(saved.attempts.map((a) => a.blockId).sort()).toEqual(["monolith-or-microservices", "one-hour-budget"]);
  expect(saved.attempts.find((a) => a.blockId === "one-hour-budget")).toMatchObject({ score: 1, correct: true });
  expect(saved.progress.sectionsReached).toContain("the-parking-lot-deciding-what-not-to-build");

  await page.goto("/dashboard");
  // The row the reader sees: once, just after a reload, the document also held a hidden second copy.
  const row = page.getByRole("region", { name: "Your progress" }).getByTestId("dashboard-the-art-of-scoping");
  await expect(row).toContainText("2 of 12 exercises");
  await expect(
    page.getByRole("link", { name: /Continue|The art of scoping, at “The parking lot/ }).first(),
  ).toBeVisible();

  // Coming back: the quiz shows the committed answer and the lesson reopens where the reader was.
  await page.goto(CHAPTER_1);
  await expect(
    page.getByText("Welcome back. You were reading “The parking lot: deciding what not to build”."),
  ).toBeVisible();
  await expect(page.locator("h2#the-parking-lot-deciding-what-not-to-build")).toBeInViewport();
  const quiz = page.locator('[data-exercise="one-hour-budget"]');
  await expect(quiz.getByText("Correct.")).toBeVisible();
  await expect(quiz.getByLabel("99.99%", { exact: true })).toBeChecked();

  await page.goto("/learn");
  await expect(page.getByTestId("progress-the-art-of-scoping")).toContainText("2 of 12 exercises");
});

test("a failed save is shown, retried, and stored exactly once", async ({ page }) => {
  await signUp(page, { name: "Flaky", email: uniqueEmail("flaky"), password: "flaky network pw" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto(CHAPTER_1);
  await expect(page.getByTestId("save-status")).not.toHaveAttribute("data-state", "unknown");

  // The first two saves fail as if the server had crashed after writing; then the network recovers.
  let failures = 0;
  await page.route("**/api/progress/attempts", async (route) => {
    if (failures < 2) {
      failures++;
      const response = await route.fetch();
      await route.fulfill({ status: 503, body: `{"error":"down"}`, headers: { "content-type": "application/json" } });
      void response;
      return;
    }
    await route.continue();
  });
  await answerOneHourQuiz(page, "99.99%");
  await expect(page.getByTestId("save-status")).toContainText(/Could not save \d+ changes?\. Retrying in \d+ s\./);
  await expect(page.getByTestId("save-status")).toHaveText("All changes saved.", { timeout: 15_000 });
  const saved = await savedAttempts(page, "the-art-of-scoping");
  expect(saved.attempts.filter((a) => a.blockId === "one-hour-budget")).toHaveLength(1);
});

test("answers given while offline are kept on the device and saved after reconnecting", async ({ page, context }) => {
  await signUp(page, { name: "Offline", email: uniqueEmail("offline"), password: "offline reader pw" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto(CHAPTER_1);
  await expect(page.getByTestId("save-status")).not.toHaveAttribute("data-state", "unknown");
  await context.setOffline(true);
  await answerOneHourQuiz(page, "99.9%");
  await expect(page.getByTestId("save-status")).toContainText(
    /You are offline\. \d+ changes? (is|are) kept on this device/,
  );
  // Even a reload while offline-queued keeps the answer: it is in the outbox in localStorage.
  // (Coming back online may flush the outbox before the reload does; either way it is saved exactly once.)
  await context.setOffline(false);
  await page.reload();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", /^(idle|saved)$/, { timeout: 15_000 });
  await expect
    .poll(async () =>
      (await savedAttempts(page, "the-art-of-scoping")).attempts.filter((a) => a.blockId === "one-hour-budget"),
    )
    .toMatchObject([{ correct: false, score: 0 }]);
});

test("a visitor can try exercises without an account, and keep the answers on signing up", async ({ page }) => {
  await page.goto(CHAPTER_1);
  await expect(page.getByTestId("save-status")).toContainText("Your answers are kept in this browser.");
  await answerOneHourQuiz(page, "99.99%");
  await page.reload();
  await expect(page.locator('[data-exercise="one-hour-budget"]').getByText("Correct.")).toBeVisible();

  // Kept in the same step as signing up; the dashboard counts the answer as it opens, with no reload.
  await signUp(page, { name: "Convert", email: uniqueEmail("convert"), password: "convert password" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(
    page.getByRole("region", { name: "Your progress" }).getByTestId("dashboard-the-art-of-scoping"),
  ).toContainText("1 of 12 exercises · right the first time 100%");
  expect((await savedAttempts(page, "the-art-of-scoping")).attempts).toHaveLength(1);
  await expect(page.getByRole("region", { name: "Work from before you signed in" })).toHaveCount(0);
});

test("progress endpoints refuse signed-out callers and bad input with clear 4xx messages", async ({
  page,
  request,
}) => {
  const anonymous = await request.post("/api/progress/attempts", { data: { attempts: [] } });
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error).toBe("Please sign in to continue.");

  await signUp(page, { name: "Prober", email: uniqueEmail("prober"), password: "prober password" });
  await expect(page).toHaveURL(/\/dashboard$/);
  const api = page.request;
  const id = "6f1c1c2e-8d7b-4c59-9d2a-1f0e5b6a7c8d";
  const expectations: [Promise<APIResponse>, number, RegExp][] = [
    [
      api.post("/api/progress/attempts", { data: "not json", headers: { "content-type": "text/plain" } }),
      415,
      /as JSON/,
    ],
    [
      api.post("/api/progress/attempts", {
        data: Buffer.from("{oops"),
        headers: { "content-type": "application/json" },
      }),
      400,
      /not valid JSON/,
    ],
    [api.post("/api/progress/attempts", { data: { attempts: [] } }), 400, /Invalid attempts/],
    [
      api.post("/api/progress/attempts", { data: { attempts: [{ id: "nope", lesson: "x", block: "y", answer: 1 }] } }),
      400,
      /UUID/,
    ],
    [api.post("/api/progress/attempts", { data: { attempts: [], extra: "x".repeat(70_000) } }), 413, /too large/],
    [api.get("/api/progress/lessons/no-such-lesson"), 404, /no such lesson/],
    [api.get("/api/progress/lessons/Bad%20Slug"), 404, /no such lesson/],
    [
      api.put("/api/progress/lessons/the-art-of-scoping", { data: { sectionsReached: ["made-up"] } }),
      422,
      /no section "made-up"/,
    ],
    [
      api.put("/api/progress/lessons/the-art-of-scoping", { data: { sectionsReached: "all" } }),
      400,
      /Invalid sectionsReached/,
    ],
  ];
  for (const [pending, status, message] of expectations) {
    const response = await pending;
    expect(response.status(), response.url()).toBe(status);
    expect((await response.json()).error).toMatch(message);
  }
  // Per-attempt problems come back per attempt, and nothing is stored for them.
  const mixed = await api.post("/api/progress/attempts", {
    data: {
      attempts: [
        { id, lesson: "the-art-of-scoping", block: "no-such-block", answer: {} },
        {
          id: "7f1c1c2e-8d7b-4c59-9d2a-1f0e5b6a7c8d",
          lesson: "the-art-of-scoping",
          block: "one-hour-budget",
          answer: { selected: [9] },
        },
      ],
    },
  });
  expect(mixed.status()).toBe(200);
  const { results } = await mixed.json();
  expect(results).toEqual([
    { id, ok: false, error: 'lesson "the-art-of-scoping" has no exercise "no-such-block"' },
    { id: "7f1c1c2e-8d7b-4c59-9d2a-1f0e5b6a7c8d", ok: false, error: "an option that does not exist was chosen" },
  ]);
  expect((await savedAttempts(page, "the-art-of-scoping")).attempts).toEqual([]);
});

test("every lesson's server HTML hydrates as it is, with no error (the page is not rendered again in the browser)", async ({
  page,
}) => {
  // A wrapper the HTML parser moves (a <div> inside a <p> or a table row) makes React discard
  // the server's HTML and render the whole page again: slow, and it swaps the nodes under the reader.
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("/learn");
  const lessons = [
    ...new Set(
      await page.locator('main a[href^="/learn/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!)),
    ),
  ];
  expect(lessons.length).toBeGreaterThanOrEqual(18);
  for (const lesson of lessons) {
    await page.goto(lesson);
    await expect(page.getByTestId("save-status")).not.toHaveAttribute("data-state", "unknown");
    expect(errors, lesson).toEqual([]);
  }
});

// React drops a click or change that reaches a part of the page it cannot hydrate yet
// (it tries to hydrate at once and, when that waits on a code chunk, stops the event)
// and never replays it; the browser has already checked the radio or picked the option,
// so the screen and the answer disagree. Lazily loaded blocks opened that gap after the
// load event (2026-12-03: 18 of 20 such answers lost, 0 of 20 without them).
test("an answer given the moment a page has loaded is kept", async ({ page }) => {
  await page.goto(CHAPTER_1);
  await page.evaluate(() => {
    const quiz = document.querySelector('[data-exercise="one-hour-budget"]')!;
    [...quiz.querySelectorAll("label")].find((label) => label.textContent?.includes("99.99%"))!.click();
  });
  const quiz = page.locator('[data-exercise="one-hour-budget"]');
  await quiz.getByRole("button", { name: "Check answer" }).click();
  await expect(quiz.getByText("Correct.", { exact: true })).toBeVisible();

  await page.goto("/practice/estimate");
  await page.evaluate(() => {
    const select = [...document.querySelectorAll("select")].find((element) =>
      element.closest("label")?.textContent?.includes("Start from a worked example"),
    )!;
    select.value = "iot";
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await expect(page.getByTestId("headline")).toContainText("write-heavy");
});

// The save status is filled in once the browser knows who is reading; its place
// is held from the first paint, so nothing below it moves (Lighthouse counted
// the visitor's two-line message on a phone as a layout shift).
test("the lesson does not move when the save status fills in, on a phone or a desktop", async ({ browser }) => {
  for (const viewport of [
    { width: 412, height: 823 },
    { width: 1280, height: 800 },
  ]) {
    const firstPaint = await browser.newContext({ viewport, javaScriptEnabled: false });
    const still = await firstPaint.newPage();
    await still.goto("/learn/mastering-consistency");
    const before = await still.locator(".lesson-prose").boundingBox();
    await firstPaint.close();

    const hydrated = await browser.newContext({ viewport });
    const page = await hydrated.newPage();
    await page.goto("/learn/mastering-consistency");
    await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "anonymous");
    const after = await page.locator(".lesson-prose").boundingBox();
    await hydrated.close();
    expect(before).not.toBeNull();
    expect(after?.y, `${viewport.width} px wide`).toBe(before?.y);
  }
});

// Zod (33 KB gzipped) belongs to the forms that validate with it, such as the
// estimator, which a lesson loads only when the reader reaches one.
test("a lesson page's scripts are compiled off the main thread, and it downloads no zod until the reader reaches an estimator", async ({
  page,
}) => {
  const scripts = collectScripts(page);
  const zodLoaded = () => scripts.some((body) => body.includes("__zod_globalConfig"));
  await page.goto("/learn/mastering-consistency");
  await expect(page.getByTestId("save-status")).not.toHaveAttribute("data-state", "unknown");
  await page.waitForLoadState("networkidle");
  expect(scripts.length).toBeGreaterThan(0);
  // npm run build marks every chunk (lib/ops/compile-hints.mjs); a build without that step fails here.
  const heads = scripts.map((body) => body.slice(0, 60));
  expect(heads.filter((head) => !head.startsWith(COMPILE_HINT))).toEqual([]);
  expect(zodLoaded()).toBe(false);

  await page.goto("/learn/case-study-url-shortener");
  await page.locator('[data-block="case-estimator"]').scrollIntoViewIfNeeded();
  await expect(page.getByTestId("estimator")).toBeVisible();
  expect(zodLoaded()).toBe(true);
});

test("the scorecard at the end lists what was missed, links to it, and moves a retried exercise out of the list", async ({
  page,
}) => {
  await page.goto(CHAPTER_1);
  await expect(page.getByTestId("save-status")).toContainText("Your answers are kept in this browser.");
  // Two misses: a quiz and an estimate.
  const quiz = await answerOneHourQuiz(page, "99.9%");
  await expect(quiz.getByText("Score 0%.", { exact: true })).toBeVisible();
  const estimate = page.locator('[data-exercise="three-nines-downtime"]');
  await estimate.getByLabel("Your estimate").fill("2");
  await estimate.getByRole("button", { name: "Check estimate" }).click();
  await expect(estimate.getByRole("button", { name: "Try again" })).toBeVisible();

  // The end of the lesson: read, both misses listed with links, the first-try score honest.
  const card = page.getByTestId("scorecard");
  await card.scrollIntoViewIfNeeded();
  await expect(card).toHaveAttribute("data-state", "read");
  await expect(card.getByRole("heading", { name: "Your scorecard: Read" })).toBeVisible();
  await expect(card).toContainText("Answered 2 of 12 · right the first time: 0%");
  const toRetry = card.getByRole("list").first();
  await expect(toRetry.getByRole("link")).toHaveCount(2);

  // Follow the link to the quiz and put it right in place.
  await toRetry.getByRole("link", { name: /one hour/i }).click();
  await expect(page).toHaveURL(/#exercise-one-hour-budget$/);
  await expect(quiz).toBeInViewport();
  await quiz.getByRole("button", { name: "Try again" }).click();
  await answerOneHourQuiz(page, "99.99%");
  await expect(quiz.getByText("Correct.", { exact: true })).toBeVisible();

  await card.scrollIntoViewIfNeeded();
  await expect(toRetry.getByRole("link")).toHaveCount(1);
  await expect(toRetry.getByRole("link")).toContainText("99.9% availability");
  await expect(card).toContainText("Put right on a later try:");
  await expect(card).toContainText("right the first time: 0%");
  await expectAccessible(page);

  // The course page tells the same state.
  await page.goto("/learn");
  await expect(page.getByTestId("progress-the-art-of-scoping").locator("[data-lesson-state]")).toHaveText("Read");
});

test("keyboard only: a digit picks, Enter checks and moves on, ? lists the keys, / opens the search", async ({
  page,
}) => {
  await page.goto(CHAPTER_1);
  await expect(page.getByTestId("save-status")).toContainText("Your answers are kept in this browser.");
  const quiz = page.locator('[data-exercise="one-hour-budget"]');
  await quiz.getByRole("radio").first().focus();
  // Press the digit shown beside "99.99%".
  const digit = await quiz
    .locator("label", { hasText: /^99\.99%$/ })
    .locator("kbd")
    .getAttribute("data-key");
  await page.keyboard.press(digit!);
  await expect(quiz.getByLabel("99.99%", { exact: true })).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(quiz.getByText("Correct.", { exact: true })).toBeVisible();
  await page.keyboard.press("Enter");
  // On to the next exercise on the page: the focus is in it.
  const focusedExercise = page.locator("[data-exercise]:focus-within");
  await expect(focusedExercise).toHaveCount(1);
  await expect(focusedExercise).not.toHaveAttribute("data-exercise", "one-hour-budget");

  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help).toContainText("Pick an option");
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  await page.keyboard.press("/");
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByLabel("Search every lesson")).toBeFocused();
});

import { expect, test, type Page } from "@playwright/test";
import { collectScripts, expectAccessible, signUp, uniqueEmail, withFreshIp } from "./support/helpers";

/**
 * One journey, run for every chapter with a simulator that saves predictions (Parts II to V):
 * a quiz and a prediction are saved as attempts and come back, the
 * simulator's code loads only once it is on screen, and the page passes axe
 * at phone width in light and dark mode. A new chapter adds a row here.
 */
const CHAPTERS = [
  {
    slug: "apis-and-real-time",
    quiz: { id: "ride-request-response", option: /^202 Accepted straight away/ },
    simulator: { id: "push-pull-timeline", scenario: "most-requests", choice: "short-poll", label: "Short polling" },
    // Text that only this simulator's own (lazily loaded) code contains.
    code: "Predict each scenario before you look at the numbers",
  },
  {
    slug: "caching",
    quiz: { id: "redis-full", option: /^Redis's default maxmemory-policy is noeviction/ },
    simulator: { id: "cache-eviction-lab", scenario: "worked-lfu", choice: "b", label: /^B is evicted/ },
    code: "LRU shows each key",
  },
  {
    slug: "queues-logs-and-load-balancers",
    quiz: { id: "three-consumers-one-queue", option: /^Each message reaches exactly one of the three services/ },
    simulator: { id: "load-balancer-sim", scenario: "round-robin-fifth", choice: "S2", label: "S2" },
    code: "Make your prediction above to start the request stream",
  },
  {
    slug: "the-database-decision-tree",
    quiz: {
      id: "isolation-defaults",
      option: /^A transaction that reads the same row twice can now see two different/,
    },
    simulator: {
      id: "partition-key-designer",
      scenario: "latest-two",
      choice: "17:02,17:01",
      label: /^17:02 then 17:01/,
    },
    code: "Partitions the query reads",
  },
  {
    slug: "sharding-and-consistent-hashing",
    quiz: { id: "replicas-or-shards", option: /^Read capacity and availability, but not disk space or write capacity/ },
    simulator: {
      id: "consistent-hash-ring",
      scenario: "add-s4-source",
      choice: "S2",
      label: /^S2, the next node clockwise/,
    },
    code: "Make your prediction above to open the ring.",
  },
  {
    slug: "hot-spots-and-indexes",
    quiz: { id: "one-key-many-shards", option: /^About 10,100/ },
    simulator: { id: "hot-key-mitigator", scenario: "fewest-buckets", choice: "n10", label: "10 buckets" },
    code: "Split the key: find the fewest buckets that fit",
  },
  {
    slug: "polyglot-persistence",
    quiz: {
      id: "spot-the-dual-write",
      option: /^If the process dies or the broker refuses between the commit and the publish/,
    },
    simulator: {
      id: "outbox-failure-game",
      scenario: "dual-crash-after-commit",
      choice: "lost",
      label: /^Lost: it never reaches the search index/,
    },
    code: "Both designs, same failure.",
  },
  {
    slug: "idempotency-and-safe-retries",
    quiz: { id: "what-the-timeout-means", option: /^Nothing: the card may or may not have been charged/ },
    simulator: {
      id: "lost-message-sim",
      scenario: "lost-request-view",
      choice: "same-timeout",
      label: /^A timeout after 3 s, exactly as a lost response would look/,
    },
    code: "One more prediction to go, then the three runs appear.",
  },
  {
    slug: "circuit-breakers-timeouts-and-retries",
    quiz: { id: "attempts-vs-retries", option: /^4 retries and 4 waits: the first try is attempt 1/ },
    simulator: {
      id: "circuit-breaker-sim",
      scenario: "nineteen-failures",
      choice: "closed",
      label: /^CLOSED: calls go through/,
    },
    code: "Back to the first call",
  },
  {
    slug: "rate-limiting",
    quiz: { id: "over-limit-response", option: /^429 Too Many Requests, with a Retry-After header/ },
    simulator: { id: "rate-limiter-lab", scenario: "fixed-boundary", choice: "n200", label: "All 200" },
    code: "Admitted and rejected, instant by instant",
  },
  {
    slug: "asynchronism-and-decoupling",
    quiz: { id: "when-to-answer", option: /^After the broker confirms the order is stored on every in-sync replica/ },
    simulator: {
      id: "saga-simulator",
      scenario: "payment-declined",
      choice: "release-stock>cancel-order",
      label: /^Release the stock, then cancel the order/,
    },
    code: "Saga log (orchestrator)",
  },
  {
    slug: "observability",
    quiz: {
      id: "forward-traceparent",
      option: /^00-4bf92f3577b34da6a3ce929d0e0e4736-b7ad6b7169203331-01: same trace id/,
    },
    simulator: { id: "slo-calculator", scenario: "burn-exhaustion", choice: "d2", label: /^About 2 days \(50 hours\)/ },
    code: "open the budget calculator",
  },
  {
    slug: "security-by-design",
    quiz: { id: "status-for-forbidden", option: /^403 Forbidden/ },
    simulator: {
      id: "jwt-inspector",
      scenario: "edit-role",
      choice: "bad-signature",
      label: /^Rejected: the signature does not match the header and payload/,
    },
    code: "with keys generated here and never sent anywhere",
  },
  {
    slug: "deploying-and-migrating-safely",
    quiz: { id: "rename-in-place", option: /^Pods still on the old code fail every query that names username/ },
    simulator: {
      id: "expand-contract-planner",
      scenario: "read-before-dual",
      choice: "no-name",
      label: /^No name: display_name is NULL for that user/,
    },
    code: "Your plan, step by step",
  },
];

async function savedAttempts(page: Page, slug: string) {
  const response = await page.request.get(`/api/progress/lessons/${slug}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { attempts: { blockId: string; answer: unknown; correct: boolean }[] }).attempts;
}

test.beforeEach(async ({ page }) => {
  await withFreshIp(page);
});

for (const chapter of CHAPTERS) {
  test(`${chapter.slug}: a quiz and a simulator's prediction are saved and come back; the simulator loads on screen; axe at phone width`, async ({
    page,
  }) => {
    await signUp(page, { name: "Course Reader", email: uniqueEmail("course"), password: "course reader password" });
    await expect(page).toHaveURL(/\/dashboard$/);

    const scripts = collectScripts(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/learn/${chapter.slug}`);
    await expect(page.getByTestId("save-status")).not.toHaveAttribute("data-state", "unknown");
    await page.waitForLoadState("networkidle");
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.some((body) => body.includes(chapter.code))).toBe(false);

    const quiz = page.locator(`[data-exercise="${chapter.quiz.id}"]`);
    await quiz.getByLabel(chapter.quiz.option).check();
    await quiz.getByRole("button", { name: "Check answer" }).click();
    await expect(quiz.getByText("Correct.", { exact: true })).toBeVisible();

    const simulator = page.locator(`[data-block="${chapter.simulator.id}"]`).first();
    await simulator.scrollIntoViewIfNeeded();
    const prompt = simulator.locator(`[data-prediction="${chapter.simulator.scenario}"]`);
    await prompt.getByLabel(chapter.simulator.label, { exact: typeof chapter.simulator.label === "string" }).check();
    await prompt.getByRole("button", { name: "Check prediction" }).click();
    await expect(prompt.getByText("Correct.", { exact: true })).toBeVisible();
    await expect.poll(() => scripts.some((body) => body.includes(chapter.code))).toBe(true);
    await expect(page.getByTestId("save-status")).toHaveText("All changes saved.");

    // Saved as the authored answers: the quiz by option index, the prediction by scenario and choice.
    const attempts = await savedAttempts(page, chapter.slug);
    expect(attempts.find((attempt) => attempt.blockId === chapter.quiz.id)).toMatchObject({ correct: true });
    expect(attempts.find((attempt) => attempt.blockId === chapter.simulator.id)).toMatchObject({
      correct: true,
      answer: { scenario: chapter.simulator.scenario, choice: chapter.simulator.choice },
    });

    await page.reload();
    await expect(
      page.locator(`[data-exercise="${chapter.quiz.id}"]`).getByText("Correct.", { exact: true }),
    ).toBeVisible();
    const again = page.locator(`[data-block="${chapter.simulator.id}"]`).first();
    await again.scrollIntoViewIfNeeded();
    await expect(
      again.locator(`[data-prediction="${chapter.simulator.scenario}"]`).getByRole("button", { name: "Predict again" }),
    ).toBeVisible();
    await expectAccessible(page);
  });
}

test("the simulators index lists every simulator with its lesson, and each page works on its own", async ({ page }) => {
  await page.goto("/practice");
  await page.getByRole("link", { name: "Simulators" }).click();
  await expect(page).toHaveURL(/\/practice\/simulators$/);
  for (const title of [
    "Push or pull: delivery timeline",
    "Cache eviction lab",
    "Load balancer simulator",
    "Quorum explorer",
  ])
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Cache eviction lab" }).click();
  await expect(page).toHaveURL(/\/practice\/simulators\/cache-eviction-lab$/);
  await expect(page.getByRole("link", { name: "Caching: where, what, when" })).toBeVisible();
  const prompt = page.locator('[data-prediction="worked-lru"]');
  await prompt.getByLabel(/^A is evicted/).check();
  await prompt.getByRole("button", { name: "Check prediction" }).click();
  await expect(prompt.getByText("Correct.", { exact: true })).toBeVisible();
  // Predicting opens the lab, here as in the lesson.
  await expect(page.getByRole("button", { name: "Play all" })).toBeVisible();
  await expectAccessible(page);
});

/**
 * The case-study tools work on their own pages as well as in their lessons: the
 * three predictions open each tool, nothing throws, and axe passes in light and
 * dark mode at desktop and phone width.
 */
const CASE_STUDY_TOOLS = [
  { id: "fanout-calculator", title: "Fan-out calculator" },
  { id: "keyspace-calculator", title: "Key-space calculator" },
  { id: "geo-cell-explorer", title: "Geo-cell explorer" },
  { id: "job-pipeline-sim", title: "Job pipeline simulator" },
];
const CLOSED = "Make the three predictions above";

for (const tool of CASE_STUDY_TOOLS) {
  test(`the ${tool.id} page: predictions open the tool, and axe passes`, async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`/practice/simulators/${tool.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tool.title);
    const prompts = page.locator("[data-prediction]");
    await expect(prompts).toHaveCount(3);
    await expect(page.getByText(CLOSED)).toBeVisible();
    for (const prompt of await prompts.all()) {
      await prompt.getByRole("radio").first().check();
      await prompt.getByRole("button", { name: "Check prediction" }).click();
    }
    await expect(page.getByText(CLOSED)).toHaveCount(0);
    await expectAccessible(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });
}

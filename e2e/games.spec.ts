import { expect, test, type Locator } from "@playwright/test";
import { expectAccessible, signUp, uniqueEmail, withFreshIp } from "./support/helpers";

test.beforeEach(async ({ page }) => {
  await withFreshIp(page);
});

/** Plays every card of the deck on screen, always choosing `label`; returns how many cards there were. */
async function playAll(game: Locator, label: string): Promise<number> {
  let played = 0;
  while (await game.getByRole("button", { name: "Decide" }).isVisible()) {
    await game.getByLabel(label).check();
    await game.getByRole("button", { name: "Decide" }).click();
    await expect(game.getByText("Why:")).toBeVisible();
    await game.getByRole("button", { name: /Next card|See your score/ }).click();
    played += 1;
  }
  return played;
}

test("a candidate plays the CP or AP deck, misses cards, and gets them back in review", async ({ page }) => {
  await signUp(page, { name: "Cass Consistent", email: uniqueEmail("games"), password: "games password" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/practice/games");
  await expect(page.getByRole("heading", { name: "Decision decks" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /CP or AP/ }).click();
  await expect(page).toHaveURL(/\/practice\/games\/cp-or-ap$/);

  const game = page.locator('[data-exercise="cp-or-ap"]');
  // Answering "consistent" to everything gets every AP card wrong.
  const cards = await playAll(game, "Stay consistent (CP)");
  expect(cards).toBeGreaterThanOrEqual(12);
  const score = await game.getByTestId("deck-score").textContent();
  const right = Number(/decided (\d+) of/.exec(score ?? "")![1]);
  const missed = cards - right;
  expect(missed).toBeGreaterThan(0);
  await expect(game.getByTestId("missed-cards").getByRole("listitem")).toHaveCount(missed);
  await expect(game.getByTestId("missed-cards")).toContainText(/like/i);

  // The review round holds exactly the missed cards; answering them well empties the pile.
  await game.getByRole("button", { name: /Review the/ }).click();
  await expect(game.getByText(`Decision game · review · card 1 of ${missed}`)).toBeVisible();
  expect(await playAll(game, "Stay available (AP)")).toBe(missed);
  await expect(game.getByTestId("deck-score")).toHaveText(
    `In this review you decided ${missed} of ${missed} cards well (100%).`,
  );
  await expect(game.getByText("Every card you had missed is now right.")).toBeVisible();
  await expectAccessible(page);

  // Every decision was saved: the deck's attempts are the chapter's.
  await expect
    .poll(async () => {
      const stored = await (await page.request.get("/api/progress/lessons/mastering-consistency")).json();
      return stored.attempts.filter((attempt: { blockId: string }) => attempt.blockId === "cp-or-ap").length;
    })
    .toBe(cards + missed);
});

async function predictAndSend(
  simulator: Locator,
  operation: "Write" | "Read",
  replica: string,
  prediction: string,
  value?: string,
) {
  await simulator.getByLabel("Operation").selectOption(operation);
  await simulator.getByLabel("To replica").selectOption(replica);
  if (value) await simulator.getByLabel("Value", { exact: true }).fill(value);
  await simulator.getByLabel(prediction).check();
  await simulator.getByRole("button", { name: /^Send the/ }).click();
}

test("the partition simulator answers as CP and AP systems do, and scores predictions", async ({ page }) => {
  await page.goto("/practice/games/partition");
  const simulator = page.getByTestId("partition-simulator");
  await expect(simulator.getByLabel("R4 on side B")).toBeChecked();
  await simulator.getByRole("button", { name: "Cut the network" }).click();
  await expect(simulator.getByTestId("timeline")).toContainText("Network cut: R1, R2, R3 | R4, R5");

  // CP: the majority side serves, the minority side refuses.
  await predictAndSend(simulator, "Write", "R1", "The latest value");
  await expect(page.getByTestId("partition-result")).toContainText("right.");
  await predictAndSend(simulator, "Read", "R5", "The latest value");
  await expect(page.getByTestId("partition-result")).toContainText("it was an error.");
  await expect(simulator.getByRole("heading", { name: /Timeline · 1 of 2 predictions right/ })).toBeVisible();

  // AP with last write wins: both sides accept writes; healing keeps the later one and drops the other.
  await simulator.getByLabel("Available (AP)").check();
  await simulator.getByRole("button", { name: "Cut the network" }).click();
  await predictAndSend(simulator, "Write", "R2", "The latest value", "cart: eggs");
  await predictAndSend(simulator, "Read", "R4", "A stale value");
  await expect(page.getByTestId("partition-result")).toContainText("right.");
  await predictAndSend(simulator, "Write", "R4", "The latest value", "cart: bread");
  await expect(simulator).toContainText("both sides have accepted writes");
  await simulator.getByRole("button", { name: "Heal the partition" }).click();
  await expect(simulator.getByTestId("timeline")).toContainText(
    'last write wins keeps "cart: bread" and silently drops "cart: eggs"',
  );
  await expectAccessible(page);
});

test("the quorum explorer finds a stale read only when R + W ≤ N", async ({ page }) => {
  await page.goto("/practice/games/quorum");
  const explorer = page.getByTestId("quorum-explorer");
  await explorer.getByLabel("Preset").selectOption({ label: "N=3, W=2, R=2 (majority quorums)" });
  await expect(page.getByTestId("quorum-facts")).toContainText("R + W = 4 > N = 3");
  await explorer.getByRole("button", { name: "Find a stale read" }).click();
  await expect(page.getByTestId("quorum-result")).toContainText("None exists");
  await expect(page.getByTestId("quorum-result")).toContainText("The read sees the new value");

  await explorer.getByLabel("Preset").selectOption({ label: "N=5, W=2, R=2 (overlap not guaranteed)" });
  await expect(page.getByTestId("quorum-facts")).toContainText("R + W = 4 ≤ N = 5");
  await explorer.getByRole("button", { name: "Find a stale read" }).click();
  await expect(page.getByTestId("quorum-result")).toContainText("Found one");
  await expect(page.getByTestId("quorum-result")).toContainText("a stale read");

  // Failing replicas: with N=5 and W=2, a write survives three failures but not four.
  for (const replica of [1, 2, 3]) await explorer.getByLabel(`Replica ${replica} has failed`).check();
  await expect(page.getByTestId("quorum-facts")).toContainText("Writes survive 3 failed replicas");
  await expectAccessible(page);
});

test("the replication-lag timeline and chapter 9's simulators", async ({ page }) => {
  await page.goto("/practice/games/lag");
  const timeline = page.getByTestId("lag-timeline");
  await timeline.getByLabel("The old count").check();
  await timeline.getByRole("button", { name: "Show the answer" }).click();
  await expect(page.getByTestId("lag-result")).toContainText("Right: the read returns the old count");
  await expectAccessible(page);

  await page.goto("/learn/mastering-consistency");
  for (const block of ["partition-simulator", "quorum-explorer", "lag-timeline"]) {
    await expect(page.locator(`[data-block="${block}"]`)).toHaveCount(1);
  }
  await page.locator('[data-block="partition-simulator"]').scrollIntoViewIfNeeded();
  await expect(
    page.locator('[data-block="partition-simulator"]').getByRole("button", { name: "Cut the network" }),
  ).toBeVisible();
  await expectAccessible(page);
});

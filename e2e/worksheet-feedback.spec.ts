import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, withFreshIp } from "./support/helpers";

test.beforeEach(async ({ page }) => {
  await withFreshIp(page);
});

const saved = (page: Page) => expect(page.getByTestId("autosave-status")).toHaveAttribute("data-state", "saved");

test("the worksheet: Enter adds the next requirement, numbers take shorthand, and the comparison is one to one over V1, parking lot and NFRs", async ({
  page,
}) => {
  await page.goto("/practice/worksheet/try?prompt=ride-sharing");
  const requirements = page.getByLabel(/^Functional requirement \d+$/);

  // Requirements typed line after line: Enter opens the next one and puts the caret in it.
  await page.getByRole("button", { name: "Add a requirement" }).click();
  await expect(page.getByLabel("Functional requirement 1")).toBeFocused();
  await page.keyboard.type("The driver's location is shown live to the rider");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Functional requirement 2")).toBeFocused();
  await page.keyboard.type("Drivers go online");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Functional requirement 3")).toBeFocused();
  // Enter in an empty requirement adds nothing; Backspace removes it and goes back to the one above.
  await page.keyboard.press("Enter");
  await expect(requirements).toHaveCount(3);
  await page.keyboard.press("Backspace");
  await expect(requirements).toHaveCount(2);
  await expect(page.getByLabel("Functional requirement 2")).toBeFocused();

  await page.getByRole("button", { name: "Park a feature" }).click();
  await page.getByLabel("Deferred feature 1").fill("Surge pricing");
  await page.getByLabel("Why it waits").fill("Needs live demand per city cell");

  await page.getByLabel("Availability target (%)").fill("high");
  await page.getByRole("button", { name: "Add a latency target" }).click();
  await page.getByLabel("Operation 1").fill("Show the driver's location");
  const bound = page.getByLabel("Bound (ms)");
  await bound.fill("0.5k");
  await bound.blur();
  await expect(bound).toHaveValue("500");

  // Shorthand is kept while typing, read as the number, and shown grouped once the field is left.
  const dau = page.getByLabel("Daily active users");
  await dau.fill("10M");
  await expect(dau).toHaveValue("10M");
  await dau.blur();
  await expect(dau).toHaveValue("10,000,000");
  const peak = page.getByLabel("Peak ÷ average (2–5)");
  await peak.fill("lots");
  await expect(peak).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter a number, like 10M, 1.5k, 2e6 or 1,000,000.")).toBeVisible();
  await peak.fill("3");
  await expect(peak).not.toHaveAttribute("aria-invalid", "true");
  await saved(page);
  await page.reload();
  await expect(page.getByLabel("Daily active users")).toHaveValue("10,000,000");

  await page.getByRole("button", { name: "Submit and compare" }).click();
  const coverage = page.getByTestId("coverage");
  // Requirement 1 mentions both location and live tracking; a first-match rule would give it location and
  // leave tracking out. One to one, requirement 2 covers location and requirement 1 covers tracking.
  await expect(coverage).toContainText("2 of 8 V1 requirements covered");
  const covered = coverage.locator('[data-covered="yes"]');
  await expect(covered).toHaveCount(2);
  await expect(covered.filter({ hasText: "Drivers report their location" })).toContainText("(your requirement 2)");
  await expect(covered.filter({ hasText: "see each other's live location" })).toContainText("(your requirement 1)");

  const parking = coverage.getByRole("region", { name: "Parking lot: 1 of 6 reference features parked" });
  await expect(parking.locator('[data-parked="yes"]')).toHaveText(/Surge pricing.*\(your parked feature 1/);
  await expect(parking.locator('[data-parked="no"]')).toHaveCount(5);

  const nfrs = coverage.getByRole("region", { name: "Non-functional requirements: 2 of 4 reference NFRs covered" });
  await expect(nfrs.locator('[data-nfr="yes"]').filter({ hasText: "Availability 99.99%" })).toContainText(
    "(your availability target) It has no number yet.",
  );
  await expect(nfrs.locator('[data-nfr="yes"]').filter({ hasText: "reaches the rider" })).toContainText(
    "(your latency target 1)",
  );
  await expect(page.getByTestId("nfr-unquantified")).toContainText(
    "Availability must be a percentage between 0 and 100, e.g. 99.9.",
  );
  await expectAccessible(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(coverage).toBeVisible();
  await expectAccessible(page);
});

import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, withFreshIp } from "./support/helpers";

test.beforeEach(async ({ page }) => {
  await withFreshIp(page);
});

const figure = (page: Page, label: string) => page.locator(`[data-figure="${label}"] dd`);

test("the estimator takes estimates as people state them, and a link reproduces one exactly", async ({ page }) => {
  await page.goto("/practice/estimate");

  // System-wide, monthly, in shorthand: "10M links a month".
  await page.getByRole("button", { name: "Remove Nearby drivers" }).click();
  await page.getByRole("button", { name: "Remove Ride record" }).click();
  const post = page.getByTestId("feature").first();
  await post.getByLabel("Name of feature 1").fill("Post a link");
  await post.getByLabel("Read or write").selectOption("write");
  await post.getByLabel("Counted").selectOption({ label: "for the whole system" });
  await post.getByLabel("Rate unit").selectOption({ label: "times per month" });
  const rate = post.getByLabel("Rate", { exact: true });
  await rate.fill("10M");
  await rate.blur();
  await expect(rate).toHaveValue("10,000,000");
  await expect(figure(page, "Average writes")).toHaveText("3.858/s");
  await expect(figure(page, "Writes per month")).toHaveText("10M");

  // The month convention is visible and switching it changes the per-second figure.
  await expect(page.getByTestId("month-convention")).toContainText("A month is 30 days (2,592,000 s)");
  await page.getByLabel("Rule of thumb (2.5M seconds a month)").check();
  await expect(page.getByTestId("month-convention")).toContainText("A month is 2,500,000 s");
  await expect(figure(page, "Average writes")).toHaveText("4/s");

  // A record built from its fields gives the stored size.
  await page.getByRole("button", { name: "Add a record" }).click();
  const record = page.getByTestId("record").first();
  await record.getByLabel("Name of record 1").fill("Link");
  await record.getByLabel("Field 1 of Link", { exact: true }).fill("short code");
  await record.getByLabel("Bytes", { exact: true }).first().fill("7");
  await record.getByRole("button", { name: "Add a field to Link" }).click();
  await record.getByLabel("Field 2 of Link", { exact: true }).fill("long URL");
  await record.getByLabel("Bytes", { exact: true }).nth(1).fill("400");
  await record.getByLabel("Overhead (bytes)").fill("50");
  await expect(record.getByTestId("record-size")).toHaveText("457 B per record; × 1 copy = 457 B stored");
  await post.getByLabel("Stored per write", { exact: true }).selectOption({ label: "record: Link" });
  await expect(page.getByTestId("funnel-steps")).toContainText(
    "short code 7 B + long URL 400 B + overhead 50 B = 457 B",
  );

  // A derived stream: every link is read 100 times.
  await page.getByRole("button", { name: "Add a feature" }).click();
  const redirect = page.getByTestId("feature").nth(1);
  await redirect.getByLabel("Name of feature 2").fill("Redirect");
  await redirect.getByLabel("Rate comes from").selectOption({ label: "each Post a link × a factor" });
  await redirect.getByLabel("Times per Post a link").fill("100");
  await expect(figure(page, "Average reads")).toHaveText("400/s");
  await expect(figure(page, "Peak reads")).toHaveText("1.2K/s");
  await expect(page.getByTestId("headline")).toContainText("100:1, read-heavy");

  const headline = await page.getByTestId("headline").innerText();
  const steps = await page.getByTestId("funnel-steps").innerText();
  const kept = await page.evaluate(() => localStorage.getItem("tradeoff:estimator"));
  await page.getByRole("button", { name: "Share this estimate" }).click();
  const link = await page.getByLabel("Share link").inputValue();
  expect(link).toMatch(/\/practice\/estimate#estimate=/);

  // The link opens the identical estimate, without touching the visitor's own kept one.
  const shared = await page.context().newPage();
  await withFreshIp(shared);
  await shared.goto(link);
  await expect(shared.getByTestId("shared-estimate")).toContainText("You opened a shared estimate");
  await expect.poll(() => shared.getByTestId("headline").innerText()).toBe(headline);
  expect(await shared.getByTestId("funnel-steps").innerText()).toBe(steps);
  await expect(shared.getByLabel("Rule of thumb (2.5M seconds a month)")).toBeChecked();
  expect(await shared.evaluate(() => localStorage.getItem("tradeoff:estimator"))).toBe(kept);
  await expectAccessible(shared);
  await shared.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(shared);
  await shared.getByRole("button", { name: "Back to my own estimate" }).click();
  await expect(shared.getByTestId("shared-estimate")).toHaveCount(0);
  await expect(shared).not.toHaveURL(/#estimate=/);
});

test("a visitor with an estimate of their own keeps it when opening a shared link, until they edit", async ({
  page,
}) => {
  await page.goto("/practice/estimate");
  await page
    .getByLabel("Start from a worked example")
    .selectOption({ label: "IoT sensors (the write-heavy contrast)" });
  await expect(page.getByTestId("headline")).toContainText("write-heavy");
  const own = await page.evaluate(() => localStorage.getItem("tradeoff:estimator"));

  await page.getByLabel("Start from a worked example").selectOption({ label: "Case study: URL shortener" });
  await page.getByRole("button", { name: "Share this estimate" }).click();
  const link = await page.getByLabel("Share link").inputValue();
  // Back to the visitor's own numbers before the link is opened.
  await page.evaluate((value) => localStorage.setItem("tradeoff:estimator", value!), own);

  await page.goto(link);
  await expect(page.getByTestId("shared-estimate")).toBeVisible();
  await expect(page.getByTestId("reference-figures")).toHaveCount(0);
  await expect(figure(page, "Average writes")).toHaveText("38.58/s");
  expect(await page.evaluate(() => localStorage.getItem("tradeoff:estimator"))).toBe(own);
  await page.getByLabel("Peak ÷ average (1 or more)").fill("2");
  await expect(page.getByTestId("shared-estimate")).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel("Peak ÷ average (1 or more)")).toHaveValue("2");
  await expect(figure(page, "Average writes")).toHaveText("38.58/s");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page);
});

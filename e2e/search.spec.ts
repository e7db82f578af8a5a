import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/helpers";

test("searching for a chapter 2 term finds it with the words highlighted, and links to the section", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Search" }).click();
  await page.getByLabel("Search every lesson").fill("seconds per day");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=seconds\+per\+day/);
  const results = page.getByRole("list", { name: "Lessons" }).getByRole("listitem");
  await expect(results.first()).toBeVisible();
  const first = results.first();
  await expect(first.getByRole("link")).toHaveAttribute("href", /^\/learn\/back-of-the-envelope-math#[a-z0-9-]+$/);
  await expect(first.locator("mark").first()).toHaveText(/^(second|seconds|day|per)$/i);
  await expectAccessible(page);

  await first.getByRole("link").click();
  await expect(page).toHaveURL(/\/learn\/back-of-the-envelope-math#/);
});

test("search explains empty and invalid queries instead of failing", async ({ page }) => {
  await page.goto("/search?q=xylophone+quasar");
  await expect(page.getByText("No lesson matches “xylophone quasar”.")).toBeVisible();
  await page.goto("/search?q=a");
  await expect(page.getByText("Type at least two characters.")).toBeVisible();
  const response = await page.goto(`/search?q=${"x".repeat(300)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText("Keep the search under 200 characters.")).toBeVisible();
});

test("search finds a simulator by name, and a search that finds nothing offers lessons to try", async ({ page }) => {
  await page.goto("/search?q=quorum");
  const tool = page.getByRole("list", { name: "Tools and simulators" }).getByRole("link", { name: "Quorum explorer" });
  await expect(tool).toHaveAttribute("href", "/practice/games/quorum");
  await expect(page.getByRole("list", { name: "Lessons" }).getByRole("listitem").first()).toBeVisible();
  await expectAccessible(page);

  await page.goto("/search?q=xylophone+quasar");
  await expect(page.getByText("No tool or simulator does either.")).toBeVisible();
  const start = page.getByRole("list", { name: "Lessons to try" }).getByRole("link");
  await expect(start).toHaveCount(3);
  await expect(start.first()).toHaveAttribute("href", "/learn/the-art-of-scoping");
  await expectAccessible(page);
  await page.goto("/search?q=quorum+xylophone");
  await expect(page.getByRole("list", { name: "Lessons to try" }).getByRole("link").first()).toHaveAttribute(
    "href",
    "/learn/mastering-consistency",
  );

  await page.goto("/search?q=quorum");
  await tool.click();
  await expect(page).toHaveURL(/\/practice\/games\/quorum$/);
});

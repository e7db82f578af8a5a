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
  const results = page.getByRole("listitem");
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

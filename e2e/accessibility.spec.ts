import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, expectAccessible, signIn, signOut, withFreshIp } from "./support/helpers";

test.beforeEach(async ({ page }) => {
  await withFreshIp(page);
});

const PHONE = { width: 390, height: 844 };

test("public pages at phone width have no axe violations in light and dark mode", async ({ page }) => {
  await page.setViewportSize(PHONE);
  for (const path of [
    "/signin",
    "/forgot-password",
    "/interviews",
    "/mentor",
    "/search?q=quorum",
    "/search?q=xylophone+quasar",
  ]) {
    await page.goto(path);
    await expectAccessible(page);
  }
  await page.goto("/reset-password#not-a-real-link");
  await expect(page.getByText("This reset link is not valid.")).toBeVisible();
  await expectAccessible(page);
});

test("public pages have no axe violations in light and dark mode", async ({ page }) => {
  for (const path of ["/", "/signin", "/signup", "/no/such/page", "/forgot-password", "/interviews", "/mentor"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
  // The sign-up form with its error messages showing.
  await page.goto("/signup");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expectAccessible(page);
});

test("signed-in pages, including the 403 page, have no axe violations", async ({ page }) => {
  await signIn(page, "admin@example.com", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  for (const path of ["/dashboard", "/mentor", "/instructor"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
  await page.setViewportSize(PHONE);
  for (const path of ["/mentor", "/instructor"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await signOut(page);
  await signIn(page, "candidate@example.com", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/mentor");
  await expect(page.getByRole("heading", { name: "You are not allowed to open this page" })).toBeVisible();
  await expectAccessible(page);
});

test("the header works from the keyboard: skip link first, then the links", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

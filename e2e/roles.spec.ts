import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, formReady, signIn, signOut, signUp, uniqueEmail, withFreshIp } from "./support/helpers";

test.beforeEach(async ({ page }) => {
  await withFreshIp(page);
});

test("a candidate is refused on the mentor and instructor pages with a clear 403", async ({ page }) => {
  await signUp(page, { name: "Curious Candidate", email: uniqueEmail("cand"), password: "candidate password" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("link", { name: "Mentor desk" })).toHaveCount(0);

  for (const path of ["/mentor", "/instructor"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You are not allowed to open this page" })).toBeVisible();
    await expect(page.getByText("Review queue")).toHaveCount(0);
    await expect(page.getByText("Chapters are MDX files")).toHaveCount(0);
  }
});

test("signed-out visitors are sent to sign in and come back to the page they asked for", async ({ page }) => {
  await page.goto("/mentor");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fmentor/);
  await formReady(page);
  await page.getByLabel("Email").fill("mentor@example.com");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/mentor$/);
  await expect(page.getByRole("heading", { name: "Mentor desk" })).toBeVisible();
});

test("each demo role sees its own areas and no others", async ({ page }) => {
  const expectations = [
    { email: "mentor@example.com", role: "Mentor", allowed: ["/mentor"], refused: ["/instructor"] },
    { email: "instructor@example.com", role: "Instructor", allowed: ["/instructor"], refused: ["/mentor"] },
    { email: "admin@example.com", role: "Admin", allowed: ["/mentor", "/instructor"], refused: [] },
  ];
  for (const { email, role, allowed, refused } of expectations) {
    await signIn(page, email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByTestId("role").filter({ visible: true })).toHaveText(role);
    for (const path of allowed) expect((await page.goto(path))?.status(), `${role} on ${path}`).toBe(200);
    for (const path of refused) expect((await page.goto(path))?.status(), `${role} on ${path}`).toBe(403);
    await signOut(page);
  }
});

import { expect, test } from "@playwright/test";
import {
  DEMO_PASSWORD,
  expectAccessible,
  formReady,
  signIn,
  signOut,
  signUp,
  uniqueEmail,
  withFreshIp,
} from "./support/helpers";

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

test("a visitor sees what /interviews and /mentor are for, then signs in and comes back to the page", async ({
  page,
}) => {
  await page.goto("/interviews");
  const main = page.getByRole("main");
  await expect(main.getByTestId("rubric")).toContainText("Problem navigation");
  await expect(main.getByRole("heading", { name: "A sample answer: Design a URL shortener" })).toBeVisible();
  await expect(main.locator('[data-part="scope"]')).toContainText("A user submits a long URL");
  await expect(main.getByRole("heading", { name: "What an account gives you" })).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveCount(0);
  await expectAccessible(page);

  await page.goto("/mentor");
  await expect(main.getByRole("heading", { name: "Mentor desk", level: 1 })).toBeVisible();
  await expect(main).toContainText("an instructor or admin of this server grants the mentor role");
  await expect(main.getByTestId("rubric")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Review queue" })).toHaveCount(0);
  await expectAccessible(page);
  await main.getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fmentor/);
  await formReady(page);
  await page.getByLabel("Email").fill("mentor@example.com");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/mentor$/);
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
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

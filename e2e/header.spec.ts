import { expect, test, type Page } from "@playwright/test";
import {
  accountButton,
  DEMO_PASSWORD,
  expectAccessible,
  signIn,
  signUp,
  uniqueEmail,
  withFreshIp,
} from "./support/helpers";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };
const SECTIONS = ["Learn", "Practice", "Review", "Interviews", "Search"];

type Who = { label: string; signIn?: (page: Page) => Promise<void>; desks: string[] };

const ROLES: Who[] = [
  { label: "a visitor", desks: [] },
  {
    label: "a candidate",
    signIn: (page) =>
      signUp(page, { name: "Header Candidate", email: uniqueEmail("hdr"), password: "header password" }),
    desks: [],
  },
  { label: "a mentor", signIn: (page) => signIn(page, "mentor@example.com", DEMO_PASSWORD), desks: ["Mentor desk"] },
  {
    label: "an instructor",
    signIn: (page) => signIn(page, "instructor@example.com", DEMO_PASSWORD),
    desks: ["Instructor desk"],
  },
  {
    label: "an admin",
    signIn: (page) => signIn(page, "admin@example.com", DEMO_PASSWORD),
    desks: ["Mentor desk", "Instructor desk"],
  },
];

const nav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** One row: every item of the header sits on the same line, and the row is no taller than a button's. */
async function expectOneRow(page: Page) {
  const boxes = await nav(page)
    .locator(":scope > *:visible")
    .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes.length).toBeGreaterThan(1);
  const height = (await nav(page).boundingBox())!.height;
  expect(height, "header height").toBeLessThanOrEqual(64);
  for (const box of boxes)
    expect(Math.abs(box.y + box.height / 2 - boxes[0]!.y - boxes[0]!.height / 2)).toBeLessThan(4);
  // Nothing spills out sideways either.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );
}

/** Opens a header disclosure with the keyboard, checks its links, closes it with Escape. */
async function openAndCloseByKeyboard(
  page: Page,
  button: ReturnType<Page["getByRole"]>,
  links: string[],
  { axe = false } = {},
) {
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  const panel = page.locator(`[id="${await button.getAttribute("aria-controls")}"]`);
  for (const name of links) await expect(panel.getByRole("link", { name, exact: true })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(panel.getByRole("link").first()).toBeFocused();
  if (axe) await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(panel).toHaveCount(0);
  await expect(button).toBeFocused();
}

for (const who of ROLES) {
  test(`the header is one row at 390 px and 1366 px for ${who.label}, its menus work by keyboard`, async ({ page }) => {
    await withFreshIp(page);
    if (who.signIn) {
      await who.signIn(page);
      await expect(page).toHaveURL(/\/dashboard$/);
    } else await page.goto("/learn");

    // One row at every width from the narrowest phone up, whatever the role's name and links.
    for (const width of [360, 768, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      await expectOneRow(page);
    }

    // A phone: sections behind "Menu"; the row still holds the account's end.
    await page.setViewportSize(PHONE);
    await expectOneRow(page);
    for (const name of SECTIONS) await expect(nav(page).getByRole("link", { name, exact: true })).toBeHidden();
    await openAndCloseByKeyboard(page, nav(page).getByRole("button", { name: "Menu" }), SECTIONS, { axe: true });
    if (who.signIn) {
      await openAndCloseByKeyboard(page, accountButton(page), ["Dashboard", ...who.desks]);
    } else {
      await expect(nav(page).getByRole("link", { name: "Sign in" })).toBeVisible();
    }

    // A laptop: the sections in the row, the menu button gone, the desks still in the account menu.
    await page.setViewportSize(DESKTOP);
    await expectOneRow(page);
    for (const name of SECTIONS) await expect(nav(page).getByRole("link", { name, exact: true })).toBeVisible();
    await expect(nav(page).getByRole("button", { name: "Menu" })).toBeHidden();
    if (who.signIn) {
      await expect(nav(page).getByRole("link", { name: "Notifications: no unread notifications" })).toBeVisible();
      await openAndCloseByKeyboard(page, accountButton(page), ["Dashboard", ...who.desks], { axe: true });
      // A click elsewhere closes it too.
      await accountButton(page).click();
      await page.getByRole("heading", { level: 1 }).click();
      await expect(accountButton(page)).toHaveAttribute("aria-expanded", "false");
    } else {
      await expect(nav(page).getByRole("link", { name: "Create account" })).toBeVisible();
      await expect(nav(page).getByRole("link", { name: "Learn", exact: true })).toHaveAttribute("aria-current", "page");
    }
  });
}

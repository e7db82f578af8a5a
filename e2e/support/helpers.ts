import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "tradeoff-demo";

/** A fresh address per call, so tests never depend on each other or on an empty database. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

/**
 * Every test gets its own client address: the test server trusts one proxy
 * (TRUSTED_PROXY_HOPS=1, playwright.config.ts), played by the test, which
 * appends this address to X-Forwarded-For. Per-IP rate limits in one test
 * never spill into another.
 */
export async function withFreshIp(page: Page): Promise<string> {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  const ip = `10.${octet()}.${octet()}.${octet()}`;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": ip });
  return ip;
}

/** Waits until the page's form is hydrated, so typed text is not replaced by React's initial state. */
export async function formReady(page: Page) {
  await expect(page.locator("form[data-hydrated]")).toBeVisible();
}

export async function signUp(page: Page, { name, email, password }: { name: string; email: string; password: string }) {
  await page.goto("/signup");
  await formReady(page);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await formReady(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Creates an account through the sign-up page, then signs out; returns its email. */
export async function createAccount(page: Page, label: string, password: string, name = "Test User"): Promise<string> {
  const email = uniqueEmail(label);
  await signUp(page, { name, email, password });
  await expect(page).toHaveURL(/\/dashboard$/);
  await signOut(page);
  return email;
}

/** The header's account menu button (its name is "Account: <name>"). */
export function accountButton(page: Page) {
  return page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: /^Account:/ });
}

export async function signOut(page: Page) {
  await accountButton(page).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** Runs axe (WCAG 2.x A and AA rules) on the current page in light and in dark mode. */
export async function expectAccessible(page: Page) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator("html")).toHaveClass(colorScheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    const summary = results.violations.map(
      (v) => `${v.id} (${colorScheme}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
    expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  }
}

/** The bodies of the scripts the page downloads from now on: what a test checks a page did or did not load. */
export function collectScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script")
      void response
        .text()
        .then((body) => scripts.push(body))
        .catch(() => undefined);
  });
  return scripts;
}

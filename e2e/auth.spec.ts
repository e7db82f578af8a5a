import { expect, test } from "@playwright/test";
import {
  createAccount,
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

test("sign up lands on the dashboard; sign out; sign in again", async ({ page, context }) => {
  const email = uniqueEmail("journey");
  await signUp(page, { name: "Grace Hopper", email, password: "correct horse battery" });

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Welcome, Grace Hopper" })).toBeVisible();
  await expect(page.getByTestId("role").filter({ visible: true })).toHaveText("Candidate");
  await expect(page.getByText("No lessons started yet").filter({ visible: true })).toBeVisible();

  const session = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session, "a session cookie is set").toBeDefined();
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");

  await signOut(page);
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);
  await formReady(page);

  // Upper case and spaces in the email still find the account.
  await page.getByLabel("Email").fill(`  ${email.toUpperCase()} `);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Welcome, Grace Hopper" })).toBeVisible();
});

test("sign-up shows a clear message per field and keeps what was typed", async ({ page }) => {
  await page.goto("/signup");
  await formReady(page);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByLabel("Name"), "focus moves to the first field to fix").toBeFocused();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();

  await page.getByLabel("Name").fill("Ada");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address, like ada@example.com.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Name")).toHaveValue("Ada");
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
});

test("a second account with the same email is refused politely", async ({ page }) => {
  const email = await createAccount(page, "dupe", "first password ok");

  await signUp(page, { name: "Second", email: email.toUpperCase(), password: "second password ok" });
  await expect(
    page.getByText("An account with this email already exists. Sign in instead, or use another email."),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/signup/);
  await expect(page.getByLabel("Name")).toHaveValue("Second");
});

test("a wrong password is refused without saying which part was wrong", async ({ page }) => {
  const email = await createAccount(page, "wrongpw", "the right password");

  await signIn(page, email, "the wrong password");
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);

  await signIn(page, uniqueEmail("nobody"), "whatever password");
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
});

test("five failed sign-ins lock the email for 15 minutes, even with the right password", async ({ page }) => {
  const email = await createAccount(page, "locked", "the real password");

  for (let attempt = 1; attempt <= 5; attempt++) {
    await withFreshIp(page); // a different address each time: the per-email limit alone must stop this
    await signIn(page, email, `guess number ${attempt}`);
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  }
  await signIn(page, email, "the real password");
  await expect(
    page.getByText(/Too many failed sign-in attempts\. For your security, try again in 1[45] minutes\./),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
});

test("twenty failed sign-ins from one address block that address for every email", async ({ page, request }) => {
  // Behind one trusted proxy (the test server's setting), the proxy's entry is the address: a forged
  // entry before it changes nothing.
  const ip = await withFreshIp(page);
  const csrf = async () => ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  for (let attempt = 1; attempt <= 20; attempt++) {
    const response = await request.post("/api/auth/callback/credentials", {
      headers: { "x-forwarded-for": `198.51.100.${attempt}, ${ip}` },
      form: { email: uniqueEmail(`spray${attempt}`), password: "password123", csrfToken: await csrf(), json: "true" },
    });
    expect(response.status()).toBeLessThan(500);
  }
  await signIn(page, uniqueEmail("fresh"), "anything at all");
  await expect(
    page.getByText(/Too many failed sign-in attempts\. For your security, try again in \d+ minutes\./),
  ).toBeVisible();
  // Another address is not blocked.
  await withFreshIp(page);
  await signIn(page, uniqueEmail("elsewhere"), "anything at all");
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
});

test("an already signed-in user who opens sign-in goes to the dashboard", async ({ page }) => {
  await signUp(page, { name: "Returning", email: uniqueEmail("return"), password: "returning user pw" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/signin");
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("a sign-in link cannot redirect to another site", async ({ page }) => {
  const email = await createAccount(page, "redirect", "redirect password");
  await page.goto("/signin?callbackUrl=https%3A%2F%2Fevil.example%2Fsteal");
  await formReady(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("redirect password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/localhost:\d+\/dashboard$/);
});

test("an instructor issues a one-time reset link; it sets a new password and ends the account's other sessions", async ({
  page,
  browser,
}) => {
  // Three browsers, four sign-ins at bcrypt's cost and axe twice: 40–60 s on this 2-core machine.
  test.setTimeout(120_000);
  // The sign-in page says how to get back in on a server with no mail set up.
  await page.goto("/signin");
  await expect(page.getByTestId("forgot-password")).toContainText("ask an instructor or an admin");

  const email = await createAccount(page, "reset", "the forgotten password", "Reset Me");
  // A session of that account elsewhere, which the reset must end.
  const elsewhere = await (await browser.newContext()).newPage();
  await withFreshIp(elsewhere);
  await signIn(elsewhere, email, "the forgotten password");
  await expect(elsewhere).toHaveURL(/\/dashboard$/);

  const instructor = await (await browser.newContext()).newPage();
  await withFreshIp(instructor);
  await signIn(instructor, "instructor@example.com", DEMO_PASSWORD);
  await expect(instructor).toHaveURL(/\/dashboard$/);
  await instructor.goto("/instructor");
  const desk = instructor.getByTestId("reset-link-form");
  await desk.getByLabel("Account email").fill("admin@example.com");
  await desk.getByRole("button", { name: "Issue a reset link" }).click();
  await expect(desk.getByLabel("Account email")).toHaveAttribute("aria-invalid", "true");
  await expect(desk).toContainText("Only an admin can issue a reset link for an admin.");
  await desk.getByLabel("Account email").fill(email);
  await desk.getByRole("button", { name: "Issue a reset link" }).click();
  await expect(desk).toContainText(`Reset link for Reset Me (${email}). It works once, until`);
  const link = await desk.getByLabel("Reset link").inputValue();
  expect(link).toMatch(/\/reset-password#[A-Za-z0-9_-]{43}$/);
  await expectAccessible(instructor);

  await page.goto(link);
  await expect(page.getByText("Choose a new password for Reset Me")).toBeVisible();
  // The secret leaves the address bar as soon as it is read.
  await expect(page).toHaveURL(/\/reset-password$/);
  const field = page.getByLabel("New password");
  await field.fill("a much better password");
  await expect(field).toHaveAttribute("type", "password");
  await page.getByRole("button", { name: "Show password" }).click();
  await expect(field).toHaveAttribute("type", "text");
  await page.getByRole("button", { name: "Hide password" }).click();
  await expect(field).toHaveAttribute("type", "password");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page).toHaveURL(/\/signin\?reset=done$/);
  await expect(page.getByText("Your password is changed. Sign in with the new one.")).toBeVisible();

  // The other session is over; the old password no longer works, the new one does.
  await elsewhere.goto("/dashboard");
  await expect(elsewhere).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);
  await signIn(page, email, "the forgotten password");
  await expect(page.getByText("That email and password do not match")).toBeVisible();
  await signIn(page, email, "a much better password");
  await expect(page).toHaveURL(/\/dashboard$/);

  // The link was spent.
  await elsewhere.goto(link);
  await expect(elsewhere.getByText("This reset link has already been used.")).toBeVisible();
});

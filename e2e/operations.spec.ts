import { expect, test, type APIResponse } from "@playwright/test";
import { signUp, uniqueEmail, withFreshIp } from "./support/helpers";

test("the health endpoint reports that the database answers", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: { up: true } });
  expect(["pglite", "postgresql"]).toContain(body.database.kind);
  expect(response.headers()["cache-control"]).toBe("no-store");
});

test("every response carries a request id and the security headers", async ({ request }) => {
  for (const path of ["/", "/signin", "/api/health"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-request-id"], path).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
  }
  // A well-formed id from a load balancer is kept; a malformed one is replaced.
  const kept = await request.get("/api/health", { headers: { "x-request-id": "lb-0123456789" } });
  expect(kept.headers()["x-request-id"]).toBe("lb-0123456789");
  const replaced = await request.get("/api/health", { headers: { "x-request-id": "<script>alert(1)</script>" } });
  expect(replaced.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

test("the app runs with no CSP violations and no console errors, forms included", async ({ page }) => {
  await withFreshIp(page);
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  // A policy violation is reported to the page even when the code that caused it caught the error.
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  for (const path of ["/", "/signin", "/signup"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // Forms validate with zod in the browser: submitting one must not trip the policy either.
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await signUp(page, { name: "Policy", email: uniqueEmail("policy"), password: "policy check pw" });
  await expect(page).toHaveURL(/\/dashboard$/);
  for (const path of ["/interviews", "/practice/worksheet", "/practice/whiteboard"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(problems).toEqual([]);
});

test("unknown pages get a friendly 404", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
});

test("bad input to endpoints gets a 4xx, never a 500 or a stack trace", async ({ request }) => {
  const noFollow = { maxRedirects: 0 };
  const cases = [
    request.post("/api/health", noFollow),
    request.post("/api/auth/callback/credentials", { ...noFollow, form: { email: "x", password: "y" } }),
    request.post("/api/auth/callback/credentials", {
      ...noFollow,
      data: "{not json",
      headers: { "content-type": "application/json" },
    }),
    request.get("/api/auth/unknown-action", noFollow),
    request.post("/signup", { ...noFollow, headers: { "next-action": "0".repeat(42) }, data: "[]" }),
  ];
  for (const response of await Promise.all(cases)) {
    expect(response.status(), response.url()).toBeGreaterThanOrEqual(300);
    expect(response.status(), response.url()).toBeLessThan(500);
    const text = await response.text();
    expect(text, "no stack trace").not.toMatch(/\n\s+at \S+|node_modules\//);
  }
});

test("requests the framework would answer with a 500 get a 4xx that says why", async ({ page, request }) => {
  const noFollow = { maxRedirects: 0 };
  const action = (headers: Record<string, string>, data: string) =>
    request.post("/signup", { ...noFollow, headers: { "next-action": "0".repeat(42), ...headers }, data });
  const cases: [Promise<APIResponse>, number, RegExp][] = [
    [action({ origin: "https://evil.example", "content-type": "text/plain" }, "[]"), 403, /from this site only/],
    [action({ "content-type": "text/plain" }, "{not json"), 400, /not a well-formed server action/],
    [action({ "content-type": "multipart/form-data; boundary=x" }, "garbage"), 400, /not a well-formed/],
    [request.get("/api/auth/error?error=%00", noFollow), 400, /control characters/],
    [request.get("/api/auth/signin?callbackUrl=javascript:alert(1)", noFollow), 400, /page of this site/],
    [
      request.get("/api/auth/session", { headers: { cookie: "next-auth.callback-url=javascript%3Aalert(1)" } }),
      200,
      /.*/,
    ],
  ];
  for (const [pending, status, message] of cases) {
    const response = await pending;
    expect(response.status(), response.url()).toBe(status);
    expect(await response.text(), response.url()).toMatch(message);
  }
  // The search page names the problem instead of failing on it.
  await page.goto("/search?q=%00ab");
  await expect(page.getByText("Remove the invisible NUL character from this text.")).toBeVisible();
});

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { startServer } from "./bench/server";
import { uniqueEmail, withFreshIp } from "./support/helpers";

// These tests start the production build themselves (`npm start`, as a
// self-hoster would), on an embedded database folder of their own and with no
// trusted proxy (the default), whatever the rest of the suite uses.

const embedded = (dir: string) => ({ DATABASE_URL: "", PGLITE_DIR: dir, TRUSTED_PROXY_HOPS: "0" });

function runScript(script: string, dir: string) {
  return spawnSync("npm", ["run", "--silent", script], {
    env: { ...process.env, ...embedded(dir), LOG_LEVEL: "warn" },
    encoding: "utf8",
    timeout: 120_000,
  });
}

async function signUpAt(page: Page, url: string, email: string) {
  await page.goto(`${url}/signup`);
  await expect(page.locator("form[data-hydrated]")).toBeVisible();
  await page.getByLabel("Name").fill("Owner Test");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("embedded owner pw");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(`${url}/dashboard`);
}

async function saveWorksheet(page: Page, url: string, id: string, baseVersion: number, text: string) {
  const response = await page.request.put(`${url}/api/worksheets/${id}`, {
    data: {
      baseVersion,
      title: "Owned",
      document: {
        promptId: null,
        actors: [],
        functional: [{ id: "f1", text }],
        parkingLot: [],
        nfr: { availability: "", latency: [], consistency: [], durability: "", other: [] },
        scale: { dau: null, readsPerUserPerDay: null, writesPerUserPerDay: null, peakMultiplier: null, notes: "" },
        submittedAt: null,
      },
    },
  });
  expect(response.status()).toBe(200);
}

test("with no trusted proxy, a forged X-Forwarded-For never buys a fresh sign-in budget", async ({ request }) => {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "tradeoff-address-e2e-")), "pglite");
  const server = await startServer(embedded(dir));
  try {
    const attempt = async (n: number) => {
      const csrf = await request.get(`${server.url}/api/auth/csrf`);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const response = await request.post(`${server.url}/api/auth/callback/credentials`, {
        headers: { "x-forwarded-for": `203.0.113.${n}` },
        form: { email: uniqueEmail(`forged${n}`), password: "not the password", csrfToken, json: "true" },
      });
      expect(response.status()).toBeLessThan(500);
      return ((await response.json()) as { url: string }).url;
    };
    // Twenty failures, each claiming a different address: the socket is one client, and its budget is spent.
    for (let n = 1; n <= 20; n++) expect(await attempt(n)).toContain("error=CredentialsSignin");
    expect(await attempt(99)).toContain("error=RateLimited");
  } finally {
    server.stop();
  }
});

test("while the app serves the embedded database, the seed and the migrator are refused and nothing is lost", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await withFreshIp(page);
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "tradeoff-owner-e2e-")), "pglite");
  const email = uniqueEmail("owner");
  let server = await startServer(embedded(dir));
  let id: string;
  try {
    await signUpAt(page, server.url, email);
    const created = await page.request.post(`${server.url}/api/worksheets`, { data: { title: "Owned" } });
    expect(created.status()).toBe(201);
    id = (await created.json()).worksheet.id;
    await saveWorksheet(page, server.url, id, 1, "saved before the seed");

    for (const script of ["db:seed", "db:migrate"]) {
      const run = runScript(script, dir);
      expect(run.status, `${script} exit code`).toBe(1);
      const lines = run.stderr.trim().split("\n");
      expect(lines, `${script} says one line`).toHaveLength(1);
      expect(lines[0]).toMatch(/^The embedded database in .+ is in use by process \d+ \(npm run serve, since /);
      expect(lines[0]).toContain("Stop that process and run this command again");
    }
    // The server kept its database: a save after the refusals is acknowledged and stored.
    await saveWorksheet(page, server.url, id, 2, "saved after the refused seed");
  } finally {
    // A crash: the server gets no chance to remove its lock.
    server.stop("SIGKILL");
  }
  await expect.poll(() => existsSync(`${dir}.lock`)).toBe(true);
  const stale = JSON.parse(readFileSync(`${dir}.lock`, "utf8")) as { pid: number };
  await expect.poll(() => processAlive(stale.pid), { timeout: 15_000 }).toBe(false);

  // Started again on the same folder, the app recognises the dead owner's lock and takes over, data intact.
  server = await startServer(embedded(dir));
  try {
    expect(JSON.parse(readFileSync(`${dir}.lock`, "utf8")).pid).not.toBe(stale.pid);
    // Cookies ignore the port: sign in afresh, so the account itself is what is checked.
    await page.context().clearCookies();
    await page.goto(`${server.url}/signin`);
    await expect(page.locator("form[data-hydrated]")).toBeVisible();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("embedded owner pw");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${server.url}/dashboard`);
    const stored = await (await page.request.get(`${server.url}/api/worksheets/${id!}`)).json();
    expect(stored.worksheet).toMatchObject({ version: 3 });
    expect(stored.worksheet.document.functional[0].text).toBe("saved after the refused seed");
  } finally {
    server.stop();
  }
});

function processAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

import { defineConfig } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./e2e/support/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DEV_PORT = PORT + 1;
const baseURL = `http://localhost:${PORT}`;
// The embedded database for the run starts empty; with DATABASE_URL the tests
// use that database and create their own uniquely named users.
const PGLITE_DIR = ".data/e2e/pglite";
const PGLITE_DEV_DIR = ".data/e2e/pglite-dev";

export default defineConfig({
  testDir: "./e2e",
  // A budget per test, not a speed check: the longest journeys (several pages,
  // axe in both themes) ran 21–30 s on this 2-core machine and past 31 s when it was busy.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    browserName: "chromium",
    trace: "retain-on-failure",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
  },
  projects: [
    { name: "app", testIgnore: "dev/**" },
    // Authoring in development mode (hot reload of lessons), against `next dev`.
    { name: "dev", testMatch: "dev/**", use: { baseURL: `http://localhost:${DEV_PORT}` }, timeout: 180_000 },
  ],
  webServer: [
    {
      // Production build (npm run test:e2e builds first), fresh migrations and the demo accounts.
      command: `rm -rf ${PGLITE_DIR} && npm run db:seed && npm run serve`,
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
      env: serverEnv(PORT, PGLITE_DIR),
    },
    {
      command: `rm -rf ${PGLITE_DEV_DIR} && npm run dev`,
      url: `http://localhost:${DEV_PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: "ignore",
      stderr: "pipe",
      env: serverEnv(DEV_PORT, PGLITE_DEV_DIR),
    },
  ],
});

function serverEnv(port: number, pgliteDir: string): Record<string, string> {
  return {
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789",
    LOG_LEVEL: "warn",
    // The tests stand in for one trusted proxy: each sets X-Forwarded-For to the address it plays
    // (withFreshIp), so per-IP limits in one test never spill into another.
    TRUSTED_PROXY_HOPS: "1",
    // The review tests move "now" days ahead with a cookie instead of sleeping (lib/time/request-now.ts).
    TRADEOFF_TEST_CLOCK: "1",
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : { PGLITE_DIR: pgliteDir }),
  };
}

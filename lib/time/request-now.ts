import { env } from "@/lib/env.mjs";

/**
 * "Now" for one request. The browser tests start the server with
 * TRADEOFF_TEST_CLOCK=1 and then a request's cookie may set the time, so a
 * test can move a learner days ahead (a card falls due, a streak grows)
 * without sleeping; the page's own clock is moved with Playwright's. In any
 * other server the cookie is ignored.
 */
export const TEST_CLOCK_COOKIE = "tradeoff-test-now";

export function requestNow(cookies: { get(name: string): { value: string } | undefined }): Date {
  if (env.TRADEOFF_TEST_CLOCK === "1") {
    const time = Date.parse(cookies.get(TEST_CLOCK_COOKIE)?.value ?? "");
    if (Number.isFinite(time)) return new Date(time);
  }
  return new Date();
}

const MAX_AGE_MS = 90 * 24 * 60 * 60 * 1000;
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * When the browser says something happened (an answer or a review queued
 * offline arrives later), kept only when plausible; otherwise `now`.
 */
export function plausibleTime(at: string | undefined, now: Date): Date {
  const time = at ? Date.parse(at) : Number.NaN;
  const current = now.getTime();
  return Number.isFinite(time) && time <= current + CLOCK_SKEW_MS && time >= current - MAX_AGE_MS
    ? new Date(time)
    : now;
}

import { RateLimiterRes } from "rate-limiter-flexible";
import { describe, expect, it } from "vitest";
import { isLimitReached } from "@/lib/auth/rate-limit";

describe("telling a reached limit from a failing store", () => {
  it("knows the limiter's refusal, even as another bundle's copy of its class", () => {
    expect(isLimitReached(new RateLimiterRes(0, 60_000, 6))).toBe(true);
    class OtherBundlesRateLimiterRes {
      remainingPoints = 0;
      msBeforeNext = 60_000;
    }
    expect(isLimitReached(new OtherBundlesRateLimiterRes())).toBe(true);
  });

  it("does not take a store failure for a reached limit", () => {
    expect(isLimitReached(new Error("connection refused"))).toBe(false);
    expect(isLimitReached(Object.assign(new Error("odd"), { msBeforeNext: 5 }))).toBe(false);
    expect(isLimitReached(null)).toBe(false);
  });
});

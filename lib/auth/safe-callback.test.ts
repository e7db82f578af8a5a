import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

describe("safeCallbackPath", () => {
  it("keeps same-site paths with their query and hash", () => {
    expect(safeCallbackPath("/mentor?tab=queue#top")).toBe("/mentor?tab=queue#top");
  });

  it.each([
    ["https://evil.example/steal"],
    ["//evil.example/steal"],
    ["/\\evil.example"],
    ["javascript:alert(1)"],
    ["dashboard"],
    [""],
  ])("refuses %j and falls back to the dashboard", (value) => {
    expect(safeCallbackPath(value)).toBe("/dashboard");
  });

  it("does not loop back to the auth pages or the API", () => {
    expect(safeCallbackPath("/signin?callbackUrl=/x")).toBe("/dashboard");
    expect(safeCallbackPath("/api/auth/signout")).toBe("/dashboard");
  });

  it("reads the first value of a repeated parameter", () => {
    expect(safeCallbackPath(["/instructor", "/mentor"])).toBe("/instructor");
  });
});

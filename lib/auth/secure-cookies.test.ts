import { describe, expect, it } from "vitest";
import { secureCookiesEnabled } from "@/lib/auth/secure-cookies";

describe("secureCookiesEnabled", () => {
  it("is on in production on a real domain", () => {
    expect(secureCookiesEnabled("production", "https://tradeoff.example.com")).toBe(true);
    expect(secureCookiesEnabled("production", "http://tradeoff.example.com")).toBe(true);
  });

  it("is off in development", () => {
    expect(secureCookiesEnabled("development", "https://tradeoff.example.com")).toBe(false);
  });

  it("is off for a production build served over plain http on this machine", () => {
    expect(secureCookiesEnabled("production", "http://localhost:3000")).toBe(false);
    expect(secureCookiesEnabled("production", "http://127.0.0.1:3100/")).toBe(false);
    expect(secureCookiesEnabled("production", "http://localhost.evil.example")).toBe(true);
  });
});

import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { SessionEndedError } from "@/lib/auth/session-epoch";
import { logger } from "@/lib/log/logger";
import { CLIENT_ADDRESS_HEADER } from "@/lib/ops/client-address.mjs";

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

afterEach(() => vi.restoreAllMocks());

describe("a sign-in refused by the rate limiter", () => {
  it("says how long to wait, and is logged as information, not as a server error", async () => {
    process.env.TRADEOFF_CLIENT_ADDRESS = "server";
    const info = vi.spyOn(logger, "info");
    const error = vi.spyOn(logger, "error");
    const email = `limited-${randomUUID()}@example.com`;
    const req = { headers: { [CLIENT_ADDRESS_HEADER]: `192.0.2.${Math.floor(Math.random() * 250)}` } };
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await authorize({ email, password: "wrong password" }, req)).toBeNull();
    }
    await expect(authorize({ email, password: "wrong password" }, req)).rejects.toThrow(/^RateLimited:\d+$/);
    expect(info).toHaveBeenCalledWith(
      expect.objectContaining({ ip: req.headers[CLIENT_ADDRESS_HEADER] }),
      "sign-in rate limited",
    );
    expect(error).not.toHaveBeenCalled();
  });
});

describe("next-auth's own errors", () => {
  it("log an ended session as information, and anything else as an error", () => {
    const info = vi.spyOn(logger, "info");
    const error = vi.spyOn(logger, "error");
    authOptions.logger!.error!("JWT_SESSION_ERROR", new SessionEndedError());
    expect(info).toHaveBeenCalledWith({ code: "JWT_SESSION_ERROR" }, "session ended");
    expect(error).not.toHaveBeenCalled();
    authOptions.logger!.error!("JWT_SESSION_ERROR", new Error("bad token"));
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ code: "JWT_SESSION_ERROR" }), "next-auth error");
  });
});

import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken } from "@/lib/auth/session-token";

const secret = "test-secret-0123456789abcdef0123456789";

describe("decodeSessionToken", () => {
  it("reads tokens next-auth wrote", async () => {
    const token = await encode({ token: { id: "user-1", role: "MENTOR", name: "M" }, secret });
    expect(await decodeSessionToken({ token, secret })).toMatchObject({ id: "user-1", role: "MENTOR" });
  });

  it("refuses a token signed with another secret, a tampered one, and an expired one", async () => {
    const token = await encode({ token: { id: "user-1", role: "CANDIDATE" }, secret });
    await expect(decodeSessionToken({ token, secret: `${secret}x` })).rejects.toThrow();
    await expect(decodeSessionToken({ token: `${token.slice(0, -4)}AAAA`, secret })).rejects.toThrow();
    const expired = await encode({ token: { id: "user-1", role: "CANDIDATE" }, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow(/exp/);
  });

  it("returns null when there is no token", async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});

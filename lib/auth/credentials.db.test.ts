import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "@/lib/accounts/create-account";
import { verifyCredentials } from "@/lib/auth/credentials";
import { LIMITS } from "@/lib/auth/rate-limit";

const ip = () => `test-${randomUUID()}`;

async function newAccount(password = "the right password") {
  const email = `user-${randomUUID()}@example.com`;
  const created = await createAccount({ name: "Tester", email, password }, ip());
  if (!created.ok) throw new Error(created.message);
  return { email, password, id: created.user.id };
}

describe("verifyCredentials", () => {
  let account: Awaited<ReturnType<typeof newAccount>>;
  beforeAll(async () => {
    account = await newAccount();
  });

  it("returns the user for the right password, email in any case", async () => {
    const result = await verifyCredentials({ email: account.email.toUpperCase(), password: account.password }, ip());
    expect(result).toEqual({
      ok: true,
      user: { id: account.id, name: "Tester", email: account.email, role: "CANDIDATE", sessionEpoch: 0 },
    });
  });

  it("refuses a wrong password and an unknown email the same way", async () => {
    expect(await verifyCredentials({ email: account.email, password: "wrong" }, ip())).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await verifyCredentials({ email: `ghost-${randomUUID()}@example.com`, password: "x" }, ip())).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("refuses malformed input without touching the limits", async () => {
    expect(await verifyCredentials({ email: 12, password: {} }, ip())).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials(undefined, ip())).toEqual({ ok: false, reason: "invalid" });
  });

  it(`locks an email after ${LIMITS.signInPerEmail.points} failures, even for the right password and from other addresses`, async () => {
    const target = await newAccount();
    for (let n = 0; n < LIMITS.signInPerEmail.points; n++) {
      expect(await verifyCredentials({ email: target.email, password: `guess ${n}` }, ip())).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const locked = await verifyCredentials({ email: target.email, password: target.password }, ip());
    expect(locked).toMatchObject({ ok: false, reason: "rate_limited" });
    if (!locked.ok && locked.reason === "rate_limited") {
      expect(locked.retryAfterSeconds).toBeGreaterThan(14 * 60);
      expect(locked.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    }
  });

  it("forgets earlier failures once the right password is given", async () => {
    const target = await newAccount();
    for (let round = 0; round < 3; round++) {
      for (let n = 0; n < LIMITS.signInPerEmail.points - 1; n++) {
        await verifyCredentials({ email: target.email, password: "nope" }, ip());
      }
      expect((await verifyCredentials({ email: target.email, password: target.password }, ip())).ok).toBe(true);
    }
  });

  it(`blocks an address after ${LIMITS.signInPerIp.points} failures across many emails`, async () => {
    const address = ip();
    for (let n = 0; n < LIMITS.signInPerIp.points; n++) {
      await verifyCredentials({ email: `spray-${n}-${randomUUID()}@example.com`, password: "123456" }, address);
    }
    const fresh = await newAccount();
    expect(await verifyCredentials({ email: fresh.email, password: fresh.password }, address)).toMatchObject({
      ok: false,
      reason: "rate_limited",
    });
    expect((await verifyCredentials({ email: fresh.email, password: fresh.password }, ip())).ok).toBe(true);
  });

  it("lets no more than the limit through when guesses arrive all at once", async () => {
    const target = await newAccount();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, n) => verifyCredentials({ email: target.email, password: `burst ${n}` }, ip())),
    );
    const checked = results.filter((r) => !r.ok && r.reason === "invalid");
    expect(checked).toHaveLength(LIMITS.signInPerEmail.points);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(12 - LIMITS.signInPerEmail.points);
  });
});

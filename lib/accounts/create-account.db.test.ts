import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createAccount, DUPLICATE_EMAIL_MESSAGE } from "@/lib/accounts/create-account";
import { LIMITS } from "@/lib/auth/rate-limit";
import { getPrisma } from "@/lib/db/client";

const email = (label: string) => `${label}-${randomUUID()}@example.com`;
const ip = () => `test-${randomUUID()}`;

describe("createAccount", () => {
  it("creates a candidate with a bcrypt (cost 12) hash, never the password", async () => {
    const address = email("new");
    const result = await createAccount(
      { name: " Barbara ", email: address.toUpperCase(), password: "a long password" },
      ip(),
    );
    expect(result).toMatchObject({ ok: true, user: { email: address, role: "CANDIDATE" } });

    const stored = await getPrisma().user.findUniqueOrThrow({ where: { email: address } });
    expect(stored.name).toBe("Barbara");
    expect(stored.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(stored.passwordHash).not.toContain("a long password");
  });

  it("refuses a second account for the same email, whatever its case", async () => {
    const address = email("dupe");
    expect((await createAccount({ name: "One", email: address, password: "password one!" }, ip())).ok).toBe(true);
    const second = await createAccount({ name: "Two", email: address.toUpperCase(), password: "password two!" }, ip());
    expect(second).toEqual({
      ok: false,
      message: DUPLICATE_EMAIL_MESSAGE,
      fieldErrors: { email: DUPLICATE_EMAIL_MESSAGE },
    });
    expect(await getPrisma().user.count({ where: { email: address } })).toBe(1);
  });

  it("lets only one of two simultaneous sign-ups with one email win", async () => {
    const address = email("race");
    const results = await Promise.all(
      [1, 2, 3].map((n) => createAccount({ name: `Racer ${n}`, email: address, password: "racing password" }, ip())),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await getPrisma().user.count({ where: { email: address } })).toBe(1);
  });

  it("returns field errors for bad input and writes nothing", async () => {
    const before = await getPrisma().user.count();
    const result = await createAccount({ name: "", email: "nope", password: "123" }, ip());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["email", "name", "password"]);
    expect(await getPrisma().user.count()).toBe(before);
  });

  it(`allows ${LIMITS.signUpPerIp.points} sign-ups per address per hour, then says when to come back`, async () => {
    const address = ip();
    for (let n = 0; n < LIMITS.signUpPerIp.points; n++) {
      expect(
        (await createAccount({ name: "Bulk", email: email(`bulk${n}`), password: "bulk password" }, address)).ok,
      ).toBe(true);
    }
    const refused = await createAccount(
      { name: "Bulk", email: email("bulk-extra"), password: "bulk password" },
      address,
    );
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/Try again in (59|60) minutes\./) });
    // Another address is unaffected.
    expect((await createAccount({ name: "Other", email: email("other"), password: "other password" }, ip())).ok).toBe(
      true,
    );
  });
});

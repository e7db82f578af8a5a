import { randomUUID } from "node:crypto";
import { encode, type JWT } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { cookieJar, sessionUserId } from "@/lib/auth/api-guard";
import { verifyCredentials } from "@/lib/auth/credentials";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import {
  checkReset,
  hashResetToken,
  issueReset,
  mayIssueReset,
  RESET_LINK_LIFETIME_MS,
  resetPassword,
} from "@/lib/auth/password-reset";
import type { Role } from "@/lib/auth/roles";
import { SessionEndedError } from "@/lib/auth/session-epoch";
import { getPrisma } from "@/lib/db/client";

const OLD_PASSWORD = "the old password";
const NEW_PASSWORD = "a brand new password";
// sessionUserId reads the secret from the environment, as the app does.
const SECRET = (process.env.NEXTAUTH_SECRET ||= "a test secret that is at least thirty-two characters");

let oldHash: string;
beforeAll(async () => {
  oldHash = await hashPassword(OLD_PASSWORD);
});

async function account(role: Role) {
  const email = `reset-${role.toLowerCase()}-${randomUUID()}@example.com`;
  return getPrisma().user.create({
    data: { name: `Reset ${role}`, email, passwordHash: oldHash, role },
    select: { id: true, email: true, role: true, sessionEpoch: true },
  });
}

const jwt = authOptions.callbacks!.jwt! as (params: { token: JWT }) => Promise<JWT>;

describe("who may issue a reset link", () => {
  it("is instructors and admins, and only admins for an admin", () => {
    const roles: Role[] = ["CANDIDATE", "MENTOR", "INSTRUCTOR", "ADMIN"];
    const allowed = roles.flatMap((issuer) =>
      roles.filter((target) => mayIssueReset(issuer, target)).map((target) => `${issuer}→${target}`),
    );
    expect(allowed).toEqual([
      "INSTRUCTOR→CANDIDATE",
      "INSTRUCTOR→MENTOR",
      "INSTRUCTOR→INSTRUCTOR",
      "ADMIN→CANDIDATE",
      "ADMIN→MENTOR",
      "ADMIN→INSTRUCTOR",
      "ADMIN→ADMIN",
    ]);
  });

  it("is enforced when issuing, with a clear refusal", async () => {
    const [instructor, mentor, admin, otherAdmin] = await Promise.all([
      account("INSTRUCTOR"),
      account("MENTOR"),
      account("ADMIN"),
      account("ADMIN"),
    ]);
    expect(await issueReset(instructor, admin.email)).toEqual({
      ok: false,
      status: 403,
      message: "Only an admin can issue a reset link for an admin.",
    });
    expect(await issueReset(mentor, instructor.email)).toMatchObject({ ok: false, status: 403 });
    expect(await issueReset(otherAdmin, admin.email)).toMatchObject({ ok: true });
    expect(await issueReset(instructor, mentor.email)).toMatchObject({ ok: true });
    expect(await issueReset(admin, `nobody-${randomUUID()}@example.com`)).toEqual({
      ok: false,
      status: 404,
      message: "There is no account with that email.",
    });
    const rows = await getPrisma().passwordReset.findMany({ where: { userId: { in: [admin.id, mentor.id] } } });
    expect(rows.map((row) => row.issuedById).sort()).toEqual([instructor.id, otherAdmin.id].sort());
  });
});

describe("a reset link", () => {
  it("is stored only as a hash of its secret, which is long and random", async () => {
    const [instructor, user] = await Promise.all([account("INSTRUCTOR"), account("CANDIDATE")]);
    const issued = await issueReset(instructor, user.email);
    if (!issued.ok) throw new Error(issued.message);
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await getPrisma().passwordReset.findMany({ where: { userId: user.id } });
    expect(row!.tokenHash).toBe(hashResetToken(issued.token));
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(issued.token);
  });

  it("sets the new password once, then is spent", async () => {
    const [instructor, user] = await Promise.all([account("INSTRUCTOR"), account("CANDIDATE")]);
    const issued = await issueReset(instructor, user.email);
    if (!issued.ok) throw new Error(issued.message);
    expect(await checkReset(issued.token)).toEqual({ ok: true, name: "Reset CANDIDATE" });
    expect(await resetPassword(issued.token, NEW_PASSWORD)).toEqual({ ok: true, email: user.email });
    expect(await resetPassword(issued.token, "yet another password")).toEqual({
      ok: false,
      message: expect.stringMatching(/already been used/),
    });
    expect(await checkReset(issued.token)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already been used/),
    });
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    expect(await verifyCredentials({ email: user.email, password: NEW_PASSWORD }, ip)).toMatchObject({ ok: true });
    expect(await verifyCredentials({ email: user.email, password: OLD_PASSWORD }, ip)).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("expires after an hour", async () => {
    const [admin, user] = await Promise.all([account("ADMIN"), account("MENTOR")]);
    const issuedAt = new Date();
    const issued = await issueReset(admin, user.email, issuedAt);
    if (!issued.ok) throw new Error(issued.message);
    expect(issued.expiresAt.getTime() - issuedAt.getTime()).toBe(RESET_LINK_LIFETIME_MS);
    const late = new Date(issuedAt.getTime() + RESET_LINK_LIFETIME_MS + 1000);
    expect(await resetPassword(issued.token, NEW_PASSWORD, late)).toEqual({
      ok: false,
      message: expect.stringMatching(/expired/),
    });
    const inTime = new Date(issuedAt.getTime() + RESET_LINK_LIFETIME_MS - 60_000);
    expect(await resetPassword(issued.token, NEW_PASSWORD, inTime)).toMatchObject({ ok: true });
  });

  it("replaces any earlier unused link, and an unknown one is refused", async () => {
    const [admin, user] = await Promise.all([account("ADMIN"), account("CANDIDATE")]);
    const first = await issueReset(admin, user.email);
    const second = await issueReset(admin, user.email);
    if (!first.ok || !second.ok) throw new Error("not issued");
    expect(await checkReset(first.token)).toMatchObject({ ok: false, message: expect.stringMatching(/not valid/) });
    expect(await resetPassword("not-a-real-token", NEW_PASSWORD)).toMatchObject({ ok: false });
    expect(await resetPassword(second.token, NEW_PASSWORD)).toMatchObject({ ok: true });
  });

  it("ends every session the account had, in the browser and on the API", async () => {
    const [instructor, user] = await Promise.all([account("INSTRUCTOR"), account("CANDIDATE")]);
    const token: JWT = { id: user.id, role: user.role, epoch: user.sessionEpoch };
    const cookies = cookieJar({ "next-auth.session-token": await encode({ token, secret: SECRET }) });
    await expect(jwt({ token: { ...token } })).resolves.toMatchObject({ id: user.id });
    expect(await sessionUserId(cookies)).toBe(user.id);

    const issued = await issueReset(instructor, user.email);
    if (!issued.ok) throw new Error(issued.message);
    await resetPassword(issued.token, NEW_PASSWORD);

    await expect(jwt({ token: { ...token } })).rejects.toBeInstanceOf(SessionEndedError);
    expect(await sessionUserId(cookies)).toBeNull();
    // A session signed in afterwards carries the new epoch and works.
    const fresh = await verifyCredentials({ email: user.email, password: NEW_PASSWORD }, "198.51.100.7");
    if (!fresh.ok) throw new Error("sign-in failed");
    expect(fresh.user.sessionEpoch).toBe(user.sessionEpoch + 1);
    await expect(jwt({ token: { ...token, epoch: fresh.user.sessionEpoch } })).resolves.toMatchObject({ id: user.id });
  });
});

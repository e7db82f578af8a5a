import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkReset } from "@/lib/auth/password-reset";
import { requestResetMail, resetByEmailEnabled } from "@/lib/auth/reset-mail";
import { getPrisma } from "@/lib/db/client";

// A real SMTP server on a free port receives what the app sends.
const received: { to: string[]; body: string }[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, done) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      received.push({
        to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        body: Buffer.concat(chunks).toString(),
      });
      done();
    });
  },
});
const saved = { SMTP_URL: process.env.SMTP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  process.env.NEXTAUTH_URL = "https://tradeoff.example.com";
});

afterAll(async () => {
  Object.assign(process.env, saved);
  for (const [key, value] of Object.entries(saved)) if (value === undefined) delete process.env[key];
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const ip = () => `203.0.113.${Math.floor(Math.random() * 250)}`;

describe("a reset link by email", () => {
  it("is sent to the account's address, links to the configured site, and works", async () => {
    expect(resetByEmailEnabled()).toBe(true);
    const email = `mail-${randomUUID()}@example.com`;
    await getPrisma().user.create({ data: { name: "Mail User", email, passwordHash: "x" } });
    expect(await requestResetMail(email, ip())).toEqual({ ok: true });
    const mail = received.find((message) => message.to.includes(email));
    expect(mail?.body).toContain("Subject: Reset your Tradeoff password");
    // Quoted-printable may fold long lines with "=\r\n": unfold before reading the link.
    const body = mail!.body.replace(/=\r?\n/g, "");
    const token = body.match(/https:\/\/tradeoff\.example\.com\/reset-password#([A-Za-z0-9_-]{43})/)?.[1];
    expect(token).toBeDefined();
    expect(await checkReset(token!)).toEqual({ ok: true, name: "Mail User" });
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    const before = received.length;
    expect(await requestResetMail(`nobody-${randomUUID()}@example.com`, ip())).toEqual({ ok: true });
    expect(received.length).toBe(before);
  });

  it("is limited per address, so nobody can flood an inbox", async () => {
    const email = `flood-${randomUUID()}@example.com`;
    await getPrisma().user.create({ data: { name: "Flooded", email, passwordHash: "x" } });
    for (let attempt = 0; attempt < 3; attempt++) expect(await requestResetMail(email, ip())).toEqual({ ok: true });
    expect(await requestResetMail(email, ip())).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });
    expect(received.filter((message) => message.to.includes(email))).toHaveLength(3);
  });
});

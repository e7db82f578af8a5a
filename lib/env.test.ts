import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env.mjs";

describe("readEnv", () => {
  it("accepts an empty environment: embedded database, generated secret", () => {
    const env = readEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.TRUSTED_PROXY_HOPS).toBe(0);
    expect(env.LOG_LEVEL).toBe("info");
  });

  it("treats empty strings as unset", () => {
    expect(readEnv({ DATABASE_URL: "", NEXTAUTH_SECRET: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names each bad variable and what it must be", () => {
    expect(() =>
      readEnv({ DATABASE_URL: "mysql://x", NEXTAUTH_SECRET: "short", TRUSTED_PROXY_HOPS: "-1" }),
    ).toThrowError(
      /DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL[\s\S]*NEXTAUTH_SECRET: must be at least 32 characters[\s\S]*TRUSTED_PROXY_HOPS/,
    );
  });

  it("takes a mail server only with the app's public address, which reset emails link to", () => {
    expect(() => readEnv({ SMTP_URL: "smtp://mail.example.com:587" })).toThrowError(
      /NEXTAUTH_URL: NEXTAUTH_URL must be set when SMTP_URL is/,
    );
    expect(() => readEnv({ SMTP_URL: "http://mail.example.com", NEXTAUTH_URL: "https://t.example.com" })).toThrowError(
      /SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/,
    );
    const env = readEnv({ SMTP_URL: "smtps://u:p@mail.example.com", NEXTAUTH_URL: "https://t.example.com" });
    expect(env.SMTP_URL).toBe("smtps://u:p@mail.example.com");
  });
});

import { describe, expect, it } from "vitest";
import { firstFieldErrors, signInSchema, signUpSchema } from "@/lib/validations/auth";

describe("signUpSchema", () => {
  it("trims the name and normalises the email to lower case", () => {
    const parsed = signUpSchema.parse({ name: "  Ada Lovelace ", email: "  Ada@Example.COM ", password: "0123456789" });
    expect(parsed).toEqual({ name: "Ada Lovelace", email: "ada@example.com", password: "0123456789" });
  });

  it("names every missing field with its own message", () => {
    const result = signUpSchema.safeParse({});
    expect(result.success).toBe(false);
    expect(firstFieldErrors(result.error!)).toEqual({
      name: "Enter your name.",
      email: "Enter your email address.",
      password: "Choose a password.",
    });
  });

  it("refuses malformed emails, short passwords and over-long names", () => {
    const result = signUpSchema.safeParse({ name: "x".repeat(81), email: "ada@", password: "short" });
    expect(firstFieldErrors(result.error!)).toEqual({
      name: "Keep your name under 80 characters.",
      email: "Enter a valid email address, like ada@example.com.",
      password: "Use at least 10 characters.",
    });
  });

  it("counts the 72-byte bcrypt limit in bytes, not characters", () => {
    const ok = signUpSchema.safeParse({ name: "A", email: "a@b.co", password: "é".repeat(36) }); // 72 bytes
    const tooLong = signUpSchema.safeParse({ name: "A", email: "a@b.co", password: "é".repeat(37) }); // 74 bytes
    expect(ok.success).toBe(true);
    expect(firstFieldErrors(tooLong.error!).password).toMatch(/at most 72 bytes/);
  });

  it("rejects non-string input without throwing", () => {
    const result = signUpSchema.safeParse({ name: 42, email: ["a@b.co"], password: null });
    expect(result.success).toBe(false);
  });
});

describe("signInSchema", () => {
  it("normalises the email the same way sign-up does", () => {
    expect(signInSchema.parse({ email: " BOB@EXAMPLE.com", password: "p" }).email).toBe("bob@example.com");
  });

  it("requires a password", () => {
    expect(firstFieldErrors(signInSchema.safeParse({ email: "a@b.co", password: "" }).error!)).toEqual({
      password: "Enter your password.",
    });
  });
});

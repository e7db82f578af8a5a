import { describe, expect, it } from "vitest";
import { describeWait, rateLimitedCode, signInErrorMessage, UNAVAILABLE } from "@/lib/auth/sign-in-errors";

describe("sign-in error messages", () => {
  it("turns a rate-limit code into a wait in minutes", () => {
    expect(signInErrorMessage(rateLimitedCode(900))).toBe(
      "Too many failed sign-in attempts. For your security, try again in 15 minutes.",
    );
    expect(signInErrorMessage(rateLimitedCode(61))).toMatch(/try again in 2 minutes/);
    expect(signInErrorMessage(rateLimitedCode(0.2))).toMatch(/try again in 1 second\./);
  });

  it("never says whether the email or the password was wrong", () => {
    expect(signInErrorMessage("CredentialsSignin")).toBe("That email and password do not match an account.");
    expect(signInErrorMessage("SomethingUnexpected")).toBe("That email and password do not match an account.");
  });

  it("explains an outage without details", () => {
    expect(signInErrorMessage(UNAVAILABLE)).toMatch(/could not check your password/);
  });

  it("has nothing to say when there is no error", () => {
    expect(signInErrorMessage(null)).toBeNull();
    expect(signInErrorMessage("")).toBeNull();
  });

  it("describes waits in words", () => {
    expect(describeWait(1)).toBe("1 second");
    expect(describeWait(59)).toBe("59 seconds");
    expect(describeWait(60)).toBe("1 minute");
    expect(describeWait(899)).toBe("15 minutes");
  });
});

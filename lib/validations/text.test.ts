import { describe, expect, it } from "vitest";
import { baseVersion, containsNul, MAX_INT, NUL_MESSAGE, text } from "@/lib/validations/text";

describe("free text and versions", () => {
  it("refuses a NUL anywhere in a text, with a message, and bounds its length", () => {
    expect(text(10).safeParse("fine").success).toBe(true);
    const nul = text(10).safeParse("a\u0000b");
    expect(nul.success ? null : nul.error.issues[0]!.message).toBe(NUL_MESSAGE);
    expect(text(3, "Too long.").safeParse("four").error?.issues[0]!.message).toBe("Too long.");
  });

  it("takes versions a PostgreSQL Int holds, and nothing past 2^31 − 1", () => {
    expect(baseVersion.safeParse(MAX_INT).success).toBe(true);
    expect(baseVersion.safeParse(2 ** 31).success).toBe(false);
    expect(baseVersion.safeParse(0).success).toBe(false);
    expect(baseVersion.safeParse(1.5).success).toBe(false);
  });

  it("finds a NUL in any string or key of a JSON value", () => {
    expect(containsNul({ a: [1, { b: "ok" }] })).toBe(false);
    expect(containsNul({ a: [1, { b: "x\u0000" }] })).toBe(true);
    expect(containsNul({ ["k\u0000"]: 1 })).toBe(true);
    expect(containsNul(["\u0000"])).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { anyWordQuery } from "@/lib/search/suggest-lessons";

describe("anyWordQuery", () => {
  it("joins the query's words with OR, each long word also as a prefix", () => {
    expect(anyWordQuery("Quorum xylophone db")).toBe("quorum:* | xylophone:* | db");
  });

  it("leaves out excluded words, the OR operator, quotes and repeats", () => {
    expect(anyWordQuery('"write-back" cache -stampede OR cache')).toBe("write:* | back:* | cache:*");
  });

  it("lets only letters and digits through, so to_tsquery's syntax cannot break", () => {
    expect(anyWordQuery("a:* & !b | (c) <-> d'e")).toBe("a | b | c | d | e");
    expect(anyWordQuery("ünïcödé 42")).toBe("ünïcödé:* | 42");
  });

  it("is null when no word is left", () => {
    expect(anyWordQuery('"" - -cache or')).toBeNull();
    expect(anyWordQuery("   ")).toBeNull();
  });
});

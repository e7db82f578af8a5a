import { describe, expect, it } from "vitest";
import { resolveRequestId } from "@/lib/log/request-id";

describe("resolveRequestId", () => {
  it("keeps a well-formed id from an upstream proxy", () => {
    expect(resolveRequestId("lb-0123456789")).toBe("lb-0123456789");
  });

  it.each([[null], ["short"], ["has spaces in it"], ["<script>alert(1)</script>"], ["x".repeat(129)]])(
    "replaces %j with a fresh UUID",
    (incoming) => {
      expect(resolveRequestId(incoming)).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    },
  );

  it("makes a different id each time", () => {
    expect(resolveRequestId(null)).not.toBe(resolveRequestId(null));
  });
});

import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/ops/client-address.mjs";

describe("the client address for per-IP limits", () => {
  it("is the socket's with no trusted proxy, whatever X-Forwarded-For claims", () => {
    expect(clientAddress({ socketAddress: "203.0.113.7", forwardedFor: "1.1.1.1", hops: 0 })).toBe("203.0.113.7");
    expect(clientAddress({ socketAddress: "::ffff:203.0.113.7", forwardedFor: undefined, hops: 0 })).toBe(
      "203.0.113.7",
    );
  });

  it("behind one proxy, is the entry that proxy appended, not the client's forged one", () => {
    expect(clientAddress({ socketAddress: "10.0.0.1", forwardedFor: "1.1.1.1, 203.0.113.7", hops: 1 })).toBe(
      "203.0.113.7",
    );
  });

  it("behind two proxies, is the address the outer proxy saw", () => {
    const forwardedFor = ["9.9.9.9, 203.0.113.7", "10.0.0.2"];
    expect(clientAddress({ socketAddress: "10.0.0.3", forwardedFor, hops: 2 })).toBe("203.0.113.7");
  });

  it("never reads past the start of a short chain, and falls back to the socket with none", () => {
    expect(clientAddress({ socketAddress: "10.0.0.1", forwardedFor: "203.0.113.7", hops: 3 })).toBe("203.0.113.7");
    expect(clientAddress({ socketAddress: "10.0.0.1", forwardedFor: " , ", hops: 1 })).toBe("10.0.0.1");
    expect(clientAddress({ socketAddress: undefined, forwardedFor: undefined, hops: 0 })).toBe("unknown");
  });
});

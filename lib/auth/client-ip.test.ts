import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/auth/client-ip";

describe("clientIp", () => {
  it("uses the address next start recorded when no proxy is configured", () => {
    expect(clientIp("203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("behind one proxy, trusts only the entry that proxy appended", () => {
    // The client forged the first entry; the load balancer appended the real one.
    expect(clientIp("1.1.1.1, 203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it("behind two proxies, takes the address the outer proxy saw", () => {
    expect(clientIp("9.9.9.9, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("never reads past the start of a short chain", () => {
    expect(clientIp("203.0.113.7", 3)).toBe("203.0.113.7");
  });

  it("falls back to a fixed bucket when there is no address", () => {
    expect(clientIp(null, 0)).toBe("unknown");
    expect(clientIp(" , ", 1)).toBe("unknown");
  });
});

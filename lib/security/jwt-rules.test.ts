import { describe, expect, it } from "vitest";
import {
  ALGS,
  LIFETIME_S,
  canMint,
  checkTrail,
  clockLabel,
  durationLabel,
  expectedVerdict,
  keysHeld,
  minters,
  recipe,
  recipeProblem,
  verdictKey,
} from "@/lib/security/jwt-rules";
import { JWT_CASES, JWT_SCENARIOS, whichAccept } from "@/lib/security/scenarios";

describe("who can mint", () => {
  it("HS256: the issuer and every verifier hold the one secret, so all of them can mint", () => {
    expect(keysHeld("HS256", "orders")).toEqual(["shared-secret"]);
    expect(minters("HS256")).toEqual(["auth", "orders", "payments"]);
  });

  it("RS256 and ES256: only the holder of the private key mints; verifiers hold the public key", () => {
    for (const alg of ["RS256", "ES256"] as const) {
      expect(keysHeld(alg, "orders")).toEqual(["auth-public"]);
      expect(minters(alg)).toEqual(["auth"]);
    }
  });

  it("an attacker with a key of their own never mints an accepted token", () => {
    for (const alg of ALGS) expect(canMint(alg, "attacker")).toBe(false);
  });
});

describe("the verifier's rule", () => {
  it("accepts the untouched token until the clock reaches exp, and not at exp", () => {
    expect(expectedVerdict(recipe({ clockS: 0 }))).toEqual({ kind: "accepted", role: "reader" });
    expect(verdictKey(expectedVerdict(recipe({ clockS: LIFETIME_S - 1 })))).toBe("accepted");
    expect(verdictKey(expectedVerdict(recipe({ clockS: LIFETIME_S })))).toBe("expired");
  });

  it("refuses before nbf and accepts from nbf onwards", () => {
    expect(verdictKey(expectedVerdict(recipe({ notBeforeS: 300, clockS: 299 })))).toBe("not-yet-valid");
    expect(verdictKey(expectedVerdict(recipe({ notBeforeS: 300, clockS: 300 })))).toBe("accepted");
  });

  it("checks in jose's order: algorithm, signature, nbf, exp", () => {
    // alg none wins over an edited, early, expired token...
    const everything = { signer: "none", editRole: true, notBeforeS: 600, clockS: 3600 } as const;
    expect(verdictKey(expectedVerdict(recipe(everything)))).toBe("alg-not-allowed");
    // ...a bad signature over the clock...
    expect(verdictKey(expectedVerdict(recipe({ ...everything, signer: "auth" })))).toBe("bad-signature");
    // ...and nbf over exp.
    expect(verdictKey(expectedVerdict(recipe({ notBeforeS: 600, lifetimeS: 300, clockS: 400 })))).toBe("not-yet-valid");
  });

  it("a verifier's token is accepted under HS256 (as an admin) and cannot be made under RS256 or ES256", () => {
    expect(expectedVerdict(recipe({ alg: "HS256", signer: "orders" }))).toEqual({ kind: "accepted", role: "admin" });
    expect(expectedVerdict(recipe({ alg: "RS256", signer: "orders" }))).toEqual({ kind: "cannot-sign" });
    expect(expectedVerdict(recipe({ alg: "ES256", signer: "orders" }))).toEqual({ kind: "cannot-sign" });
  });

  it("an edit to admin changes nothing when the payload already says admin", () => {
    expect(expectedVerdict(recipe({ alg: "HS256", signer: "orders", editRole: true }))).toEqual({
      kind: "accepted",
      role: "admin",
    });
    expect(verdictKey(expectedVerdict(recipe({ role: "admin", editRole: true })))).toBe("accepted");
  });

  it("a demoted user's token still says admin until it expires", () => {
    expect(expectedVerdict(recipe({ role: "admin", clockS: 600 }))).toEqual({ kind: "accepted", role: "admin" });
  });

  it("refuses nonsense recipes with a clear problem", () => {
    expect(recipeProblem(recipe({ clockS: Number.NaN }))).toMatch(/clock/);
    expect(recipeProblem(recipe({ clockS: -1 }))).toMatch(/clock/);
    expect(recipeProblem(recipe({ lifetimeS: 0 }))).toMatch(/lifetime/);
    expect(recipeProblem(recipe({ notBeforeS: 1.5 }))).toMatch(/not-before/);
    expect(recipeProblem(recipe({ alg: "none" as never }))).toMatch(/algorithm/);
    expect(() => expectedVerdict(recipe({ clockS: Number.NaN }))).toThrow(/clock/);
  });
});

describe("the trail of checks", () => {
  it("stops at the first failure, and names why", () => {
    const edited = checkTrail(recipe({ editRole: true }));
    expect(edited.map((s) => `${s.check}:${s.kind}`)).toEqual(["Decode:info", "Algorithm:ok", "Signature:fail"]);
    expect(edited.at(-1)!.text).toMatch(/changed after signing/);
    expect(checkTrail(recipe({ signer: "none" })).at(-1)).toMatchObject({ check: "Algorithm", kind: "fail" });
    expect(checkTrail(recipe({ alg: "RS256", signer: "orders" }))).toEqual([
      expect.objectContaining({ kind: "fail", text: expect.stringMatching(/verify but not sign/) }),
    ]);
  });

  it("walks every check for a good token, and ends on exp at the edge", () => {
    const good = checkTrail(recipe({ notBeforeS: 60, clockS: 60 }));
    expect(good.map((s) => s.kind)).toEqual(["info", "ok", "ok", "ok", "ok"]);
    const edge = checkTrail(recipe({ clockS: LIFETIME_S }));
    expect(edge.at(-1)).toEqual({
      kind: "fail",
      check: "exp",
      text: "the clock (09:15:00) is not before exp (09:15:00)",
    });
  });
});

describe("labels", () => {
  it("shows the lab clock in UTC and durations in minutes and seconds", () => {
    expect(clockLabel(0)).toBe("09:00:00");
    expect(clockLabel(LIFETIME_S - 1)).toBe("09:14:59");
    expect(durationLabel(900)).toBe("15 min");
    expect(durationLabel(899)).toBe("14 min 59 s");
    expect(durationLabel(30)).toBe("30 s");
  });
});

describe("the prediction keys", () => {
  it("every answer is one of its options, and every case names real scenarios", () => {
    for (const spec of Object.values(JWT_SCENARIOS)) expect(spec.options.map((o) => o.id)).toContain(spec.answer);
    const asked = JWT_CASES.flatMap((c) => c.scenarios);
    expect(asked.sort()).toEqual(Object.keys(JWT_SCENARIOS).sort());
  });

  it("the keys say what the rules say", () => {
    expect(JWT_SCENARIOS["edit-role"]!.answer).toBe("bad-signature");
    expect(JWT_SCENARIOS["alg-none"]!.answer).toBe("alg-not-allowed");
    expect(JWT_SCENARIOS["other-key"]!.answer).toBe("bad-signature");
    expect(JWT_SCENARIOS["expiry-edge"]!.answer).toBe("first-only");
    expect(JWT_SCENARIOS["not-before"]!.answer).toBe("not-yet-valid");
    expect(JWT_SCENARIOS["verifier-mints-hs256"]!.answer).toBe("accepted");
    expect(JWT_SCENARIOS["verifier-mints-rs256"]!.answer).toBe("cannot-sign");
    expect(JWT_SCENARIOS["stale-role"]!.answer).toBe("accepted-admin");
  });

  it("whichAccept names the four combinations", () => {
    const yes = { kind: "accepted", role: "reader" } as const;
    const no = { kind: "rejected", reason: "expired" } as const;
    expect([whichAccept(yes, yes), whichAccept(yes, no), whichAccept(no, yes), whichAccept(no, no)]).toEqual([
      "both",
      "first-only",
      "second-only",
      "neither",
    ]);
  });
});

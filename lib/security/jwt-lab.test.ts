import { SignJWT, errors, exportSPKI, generateKeyPair, jwtVerify } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildToken,
  decodeToken,
  keysFor,
  labDate,
  makeKeys,
  runRecipe,
  verifyToken,
  withAlgNone,
  withRole,
  type LabKeys,
} from "@/lib/security/jwt-lab";
import {
  ALGS,
  ISSUED_AT_S,
  ISSUER,
  LIFETIME_S,
  SIGNERS,
  expectedVerdict,
  recipe,
  verdictKey,
  type Alg,
  type Recipe,
} from "@/lib/security/jwt-rules";
import { JWT_CASES, JWT_SCENARIOS, whichAccept } from "@/lib/security/scenarios";

/**
 * Real tokens, signed and verified by jose with keys made here: every tampered
 * token is rejected, a valid one is accepted, and jose agrees with the pure
 * rules that the prediction keys are computed from.
 */
const keys = {} as Record<Alg, LabKeys>;
beforeAll(async () => {
  for (const alg of ALGS) keys[alg] = await makeKeys(alg);
}, 30_000);

async function issued(alg: Alg, overrides: Partial<Recipe> = {}) {
  const built = await buildToken(keys[alg], recipe({ alg, ...overrides }));
  if (!("token" in built)) throw new Error(built.refused);
  return built.token;
}

/** jose's own verdict, pinned to the issuer's algorithm, as the error class it throws (or "ok"). */
async function jose(alg: Alg, token: string, clockS = 60) {
  try {
    await jwtVerify(token, keys[alg].verifying, { algorithms: [alg], issuer: ISSUER, currentDate: labDate(clockS) });
    return "ok";
  } catch (error) {
    return (error as Error).constructor.name;
  }
}

describe.each(ALGS)("%s: tampered tokens are rejected, a valid one accepted", (alg) => {
  it("accepts the token as issued, and reads its claims", async () => {
    const token = await issued(alg);
    expect(await jose(alg, token)).toBe("ok");
    const { payload, protectedHeader } = await jwtVerify(token, keys[alg].verifying, {
      algorithms: [alg],
      currentDate: labDate(60),
    });
    expect(protectedHeader.alg).toBe(alg);
    expect(payload).toMatchObject({ sub: "user-42", role: "reader", iat: ISSUED_AT_S, exp: ISSUED_AT_S + LIFETIME_S });
  });

  it("rejects a changed payload (role: admin) with the original signature", async () => {
    const token = withRole(await issued(alg), "admin");
    expect(decodeToken(token).payload.role).toBe("admin");
    expect(await jose(alg, token)).toBe(errors.JWSSignatureVerificationFailed.name);
  });

  it('rejects a header changed to "alg": "none" with the signature dropped', async () => {
    const token = withAlgNone(await issued(alg));
    expect(token.endsWith(".")).toBe(true);
    expect(await jose(alg, token)).toBe(errors.JOSEAlgNotAllowed.name);
  });

  it("rejects a signature made by another key", async () => {
    const token = await issued(alg, { signer: "attacker" });
    expect(decodeToken(token).header.alg).toBe(alg);
    expect(await jose(alg, token)).toBe(errors.JWSSignatureVerificationFailed.name);
  });

  it("rejects an expired token: at exp exactly, not one second before", async () => {
    const token = await issued(alg);
    expect(await jose(alg, token, LIFETIME_S - 1)).toBe("ok");
    expect(await jose(alg, token, LIFETIME_S)).toBe(errors.JWTExpired.name);
  });

  it("rejects a token whose nbf is in the future, and accepts it from nbf on", async () => {
    const token = await issued(alg, { notBeforeS: 300 });
    expect(await jose(alg, token, 299)).toBe(errors.JWTClaimValidationFailed.name);
    expect(await jose(alg, token, 300)).toBe("ok");
  });

  it("rejects any change to the header too, since the header is signed", async () => {
    const token = await issued(alg);
    const [, payload, signature] = token.split(".");
    const header = Buffer.from(JSON.stringify({ alg, typ: "JWT", kid: "someone-else" })).toString("base64url");
    expect(await jose(alg, `${header}.${payload}.${signature}`)).toBe(errors.JWSSignatureVerificationFailed.name);
  });
});

describe("who can mint, tried for real", () => {
  it("HS256: a verifier holding the shared secret mints an admin token that is accepted", async () => {
    const run = await runRecipe(keys.HS256, recipe({ alg: "HS256", signer: "orders" }));
    expect(run.verdict).toEqual({ kind: "accepted", role: "admin" });
  });

  it.each(["RS256", "ES256"] as const)("%s: jose refuses to sign with the verifier's public key", async (alg) => {
    const built = await buildToken(keys[alg], recipe({ alg, signer: "orders" }));
    expect(built).toEqual({ refused: expect.stringMatching(/private/) });
    await expect(new SignJWT({ role: "admin" }).setProtectedHeader({ alg }).sign(keys[alg].verifying)).rejects.toThrow(
      TypeError,
    );
  });

  it("algorithm confusion: an HS256 token keyed with the RS256 public key is refused by a pinned verifier", async () => {
    const pair = await generateKeyPair("RS256");
    const pem = await exportSPKI(pair.publicKey);
    const forged = await new SignJWT({ role: "admin" })
      .setProtectedHeader({ alg: "HS256" })
      .sign(new TextEncoder().encode(pem));
    await expect(jwtVerify(forged, pair.publicKey, { algorithms: ["RS256"] })).rejects.toBeInstanceOf(
      errors.JOSEAlgNotAllowed,
    );
  });
});

describe("jose agrees with the rules the prediction keys come from", () => {
  const clocks = [0, 299, 300, LIFETIME_S - 1, LIFETIME_S, 3_600];
  it.each(ALGS)("%s: every signer × edit × nbf × clock", async (alg) => {
    let compared = 0;
    for (const signer of SIGNERS)
      for (const editRole of [false, true])
        for (const notBeforeS of [null, 300])
          for (const clockS of clocks) {
            const r = recipe({ alg, signer, editRole, notBeforeS, clockS });
            const run = await runRecipe(keys[alg], r);
            expect(run.verdict, JSON.stringify(r)).toEqual(expectedVerdict(r));
            compared += 1;
          }
    expect(compared).toBe(SIGNERS.length * 2 * 2 * clocks.length);
  });

  it("every preset the simulator shows, and every scenario's key", async () => {
    for (const c of JWT_CASES)
      for (const preset of c.presets) {
        const run = await runRecipe(await keysFor(preset.recipe.alg), preset.recipe);
        expect(run.verdict, `${c.id}: ${preset.title}`).toEqual(expectedVerdict(preset.recipe));
      }
    const verdictOf = async (caseId: string, index: number) => {
      const preset = JWT_CASES.find((c) => c.id === caseId)!.presets[index]!;
      return (await runRecipe(await keysFor(preset.recipe.alg), preset.recipe)).verdict;
    };
    expect(verdictKey(await verdictOf("edit", 1))).toBe(JWT_SCENARIOS["edit-role"]!.answer);
    expect(verdictKey(await verdictOf("none", 0))).toBe(JWT_SCENARIOS["alg-none"]!.answer);
    expect(verdictKey(await verdictOf("other-key", 0))).toBe(JWT_SCENARIOS["other-key"]!.answer);
    expect(whichAccept(await verdictOf("clock", 0), await verdictOf("clock", 1))).toBe(
      JWT_SCENARIOS["expiry-edge"]!.answer,
    );
    expect(verdictKey(await verdictOf("clock", 2))).toBe(JWT_SCENARIOS["not-before"]!.answer);
    expect(verdictKey(await verdictOf("verifier-mints", 0))).toBe(JWT_SCENARIOS["verifier-mints-hs256"]!.answer);
    expect(verdictKey(await verdictOf("verifier-mints", 1))).toBe(JWT_SCENARIOS["verifier-mints-rs256"]!.answer);
    const stale = await verdictOf("stale", 0);
    expect(stale.kind === "accepted" ? `accepted-${stale.role}` : "rejected").toBe(JWT_SCENARIOS["stale-role"]!.answer);
  });
});

describe("the lab's plumbing", () => {
  it("decodes without any key: three base64url parts, header and payload as JSON", async () => {
    const token = await issued("ES256");
    const decoded = decodeToken(token);
    expect(decoded.segments.join(".")).toBe(token);
    expect(decoded.header).toEqual({ alg: "ES256", typ: "JWT", kid: keys.ES256.kid });
    expect(decoded.payload).toMatchObject({ iss: ISSUER, sub: "user-42", role: "reader", jti: "t-7f3a9c" });
    expect(() => decodeToken("only.two")).toThrow(/three parts/);
  });

  it("HS256 keys: one secret for signing and verifying; no kid", () => {
    expect(keys.HS256.signing).toBe(keys.HS256.verifying);
    expect(keys.HS256.kid).toBeNull();
    expect(keys.RS256.signing).not.toBe(keys.RS256.verifying);
    expect(keys.RS256.kid).toHaveLength(16);
  });

  it("keysFor makes one set per algorithm and reuses it", async () => {
    expect(await keysFor("HS256")).toBe(await keysFor("HS256"));
  });

  it("refuses a recipe for another algorithm's keys, or a bad clock", async () => {
    await expect(buildToken(keys.HS256, recipe({ alg: "RS256" }))).rejects.toThrow(/keys are for HS256/);
    await expect(buildToken(keys.HS256, recipe({ alg: "HS256", clockS: -5 }))).rejects.toThrow(/clock/);
  });

  it("verifyToken reports jose's own message", async () => {
    const checked = await verifyToken(keys.RS256, await issued("RS256"), LIFETIME_S);
    expect(checked).toEqual({
      verdict: { kind: "rejected", reason: "expired" },
      message: expect.stringMatching(/exp/),
    });
  });
});

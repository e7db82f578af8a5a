import { SignJWT, base64url, generateKeyPair } from "jose";
import { describe, expect, it } from "vitest";
import { keyAssertions } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import { matchingKey, type MatchingProps } from "@/lib/lessons/blocks/matching";
import { tableBlanks, type TableChoiceCell, type TableFillProps } from "@/lib/lessons/blocks/table-fill";
import { LIFETIME_S, canMint, clockLabel, expectedVerdict, recipe } from "@/lib/security/jwt-rules";
import { JWT_SCENARIOS } from "@/lib/security/scenarios";

/**
 * Answer keys of the security-by-design chapter, recomputed from the chapter's
 * stated inputs, from the JwtInspector's rules and, where the prose quotes a
 * size, from real tokens and hashes made here with jose and WebCrypto.
 */
const lesson = lessonBlocks("security-by-design");
const { expectSingleChoice, expectMultipleChoice, expectDecisions, expectNumeric, expectOrdering, expectSimulator } =
  keyAssertions(lesson);

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return h! * 60 + m!;
};

describe("security-by-design answer keys", () => {
  it("has the blocks the chapter is built around, at least 8 of them scored", () => {
    expect([...lesson.ids].sort()).toEqual(
      [
        "status-for-forbidden",
        "access-token-as-login",
        "pkce-flow",
        "session-or-jwt",
        "jwt-inspector",
        "who-can-mint",
        "fired-token-window",
        "refresh-reuse",
        "envelope-encryption",
        "kms-calls-per-hour",
        "after-shredding",
        "e2ee-server-sees",
        "ratchet-after-theft",
        "stride-examples",
        "threat-to-defence",
        "carenote-fixes",
      ].sort(),
    );
    expect(lesson.ids.filter((id) => lesson.block(id).name !== "Reveal").length).toBeGreaterThanOrEqual(8);
  });

  it("a known caller refused an action gets 403; 401 is for a missing or bad login", () => {
    expectSingleChoice("status-for-forbidden", /^403 Forbidden$/, [/^401/, /^400/, /^200/]);
  });

  it("an OAuth access token is not proof of identity to the client", () => {
    expectSingleChoice("access-token-as-login", /^An access token lets an app call an API/, [
      /^Nothing, as long as/,
      /^Access tokens expire/,
      /^Google access tokens cannot/,
    ]);
  });

  it("the authorization code flow with PKCE, in order; a 32-byte verifier is 43 characters and so is its S256 challenge", async () => {
    expectOrdering("pkce-flow", [
      /^The app makes a random code_verifier/,
      /^The browser goes to the provider's \/authorize/,
      /^The user signs in/,
      /^The provider redirects/,
      /^The app checks state, then posts the code and the code_verifier/,
      /^The provider checks the verifier's hash/,
    ]);
    const verifier = base64url.encode(crypto.getRandomValues(new Uint8Array(32)));
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
    const challenge = base64url.encode(new Uint8Array(digest));
    expect(verifier).toHaveLength(43);
    expect(challenge).toHaveLength(43);
    // RFC 7636: a verifier is 43 to 128 characters of [A-Za-z0-9-._~].
    expect(verifier).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/);
    expect(lesson.source).toMatch(/32 random bytes become a 43-character verifier/);
  });

  it("immediate logout across devices on one region: a server-side session", () => {
    expectSingleChoice("session-or-jwt", /^A server-side session/, [
      /^A JWT valid for 24 hours, verified by each server$/,
      /^A JWT valid for 24 hours, stored in localStorage/,
      /^The customer's password/,
    ]);
  });

  it("the JwtInspector's predictions are scored by its own rules", () => {
    expectSimulator("jwt-inspector", "JwtInspector", JWT_SCENARIOS);
    expect(lesson.source).toMatch(/<JwtInspector \/>/);
  });

  it("who can mint: the deck agrees with the key-holding rules where they apply", () => {
    expectDecisions(
      "who-can-mint",
      {
        "hs-orders": "mint",
        "rs-orders": "verify",
        "hs-browser": "neither",
        "es-partner": "verify",
        "rs-ci": "mint",
        "hs-kms": "verify",
        "alg-confusion": "mint",
        "es-copied-key": "mint",
        "hs-git": "mint",
        "rs-old-key": "verify",
        "hs-mobile": "neither",
        "hs-logs": "neither",
      },
      { minimum: 12 },
    );
    expect(canMint("HS256", "orders")).toBe(true);
    expect(canMint("RS256", "orders")).toBe(false);
    expect(canMint("ES256", "payments")).toBe(false);
  });

  it("ES256 tokens are 256 characters shorter than RS256 (2048-bit) ones: 64-byte against 256-byte signatures", async () => {
    const claims = { sub: "user-42", role: "reader", iat: 1_772_442_000, exp: 1_772_442_900 };
    const token = async (alg: "RS256" | "ES256") =>
      new SignJWT(claims)
        .setProtectedHeader({ alg, typ: "JWT" })
        .sign((await generateKeyPair(alg, { modulusLength: 2048 })).privateKey);
    const rs = await token("RS256");
    const es = await token("ES256");
    expect(base64url.decode(rs.split(".")[2]!)).toHaveLength(256);
    expect(base64url.decode(es.split(".")[2]!)).toHaveLength(64);
    expect(rs.length - es.length).toBe(256);
    expect(lesson.source).toMatch(/64 bytes against 256 for RSA-2048, so tokens are 256 characters shorter/);
  });

  it("a token issued at 09:58 with a 15-minute life works 13 minutes past a 10:00 firing (the lab's rule agrees)", () => {
    const exp = minutes("09:58") + LIFETIME_S / 60;
    expect(exp).toBe(minutes("10:13"));
    expectNumeric("fired-token-window", exp - minutes("10:00"), "min", { s: 13 * 60 });
    // In the lab's clock: issued at 09:00, checked 13 min later is still accepted; at 15 min it is not.
    expect(expectedVerdict(recipe({ clockS: 13 * 60 + 59 })).kind).toBe("accepted");
    expect(expectedVerdict(recipe({ clockS: LIFETIME_S }))).toEqual({ kind: "rejected", reason: "expired" });
    expect(clockLabel(LIFETIME_S)).toBe("09:15:00");
  });

  it("a deny-list needs an entry only until exp: 200 an hour × 15 min = 50 at most", () => {
    expect((200 * (LIFETIME_S / 60)) / 60).toBe(50);
    expect(lesson.source).toMatch(/200 revocations an hour with 15-minute tokens means at most 50/);
  });

  it("refresh-token reuse revokes the whole family", () => {
    expectSingleChoice("refresh-reuse", /^Refuse, and revoke the whole family/, [
      /^Accept R1 again/,
      /^Refuse R1 but keep R2/,
      /^Nothing: refresh tokens are opaque/,
    ]);
  });

  it("envelope encryption, in order", () => {
    expectOrdering("envelope-encryption", [
      /^Ask the KMS for a new data key/,
      /^Encrypt the record locally/,
      /^Store the ciphertext together with the wrapped data key/,
      /^Erase the plain data key/,
    ]);
  });

  it("KMS calls: 10 instances × 60/5 = 120 an hour, against 2,000 × 3,600 = 7.2 million", () => {
    const perRecord = 2_000 * 3_600;
    expect(perRecord).toBe(7_200_000);
    expect(lesson.source).toMatch(/7\.2 million calls an hour/);
    expectNumeric("kms-calls-per-hour", 10 * (60 / 5), "calls");
  });

  it("after crypto-shredding, only plain copies still expose her", () => {
    expectMultipleChoice(
      "after-shredding",
      [/^The search index/, /^The warehouse/, /^Application logs/],
      [/^Last week's backups/, /^Events in the Kafka topic/],
    );
  });

  it("with E2EE the server still sees metadata, not content", () => {
    expectMultipleChoice(
      "e2ee-server-sees",
      [/^Which account each message is delivered to/, /^How large each message is/, /^The IP addresses/],
      [/^The words in a message/, /^The photo in an attachment/],
    );
  });

  it("Double Ratchet after a passive theft: m1 and m2 leak, m0 and m3 do not (inv-001 #25)", () => {
    // A tiny symbolic model. The thief copies Ana's state at 10:00: her current sending chain key
    // (not earlier ones: chains only run forward) and her current ratchet private key A1.
    // A chain derived from DH(x, y) is known if the thief holds either private key.
    const thiefHolds = new Set(["A1", "chain:A1-now"]);
    const dhKnown = (a: string, b: string) => thiefHolds.has(a) || thiefHolds.has(b);
    const readable = {
      m0: thiefHolds.has("chain:A1-before-theft"), // an earlier position in the chain
      m1: thiefHolds.has("chain:A1-now"),
      m2: dhKnown("B2", "A1"), // Ben's new key with Ana's current ratchet key
      m3: dhKnown("A2", "B2"), // Ana's post-theft key with Ben's new key
    };
    expect(readable).toEqual({ m0: false, m1: true, m2: true, m3: false });
    expectMultipleChoice("ratchet-after-theft", [/^m1/, /^m2/], [/^m0/, /^m3/]);
    expect(lesson.source).toMatch(/overstate the second half/);
  });

  it("STRIDE: each incident to its threat", () => {
    const block = lesson.block("stride-examples");
    expect(block.name).toBe("Matching");
    const props = block.props as unknown as MatchingProps;
    expect(props.pairs.map((p) => p.right)).toEqual([
      "Spoofing",
      "Tampering",
      "Repudiation",
      "Information disclosure",
      "Denial of service",
      "Elevation of privilege",
    ]);
    expect(lesson.score("stride-examples", { matches: matchingKey(props) })).toMatchObject({ correct: true });
  });

  it("threat to defence: twelve cards over ten defences", () => {
    expectDecisions(
      "threat-to-defence",
      {
        "coffee-wifi": "tls",
        "rogue-pod": "mtls",
        "resold-drives": "disk",
        "public-dump": "kms-backup",
        "analyst-select": "field",
        subpoena: "e2ee",
        "token-in-logs": "short-ttl",
        "stolen-laptop": "deny-list",
        "stolen-refresh": "short-ttl",
        "report-job-drops": "least-privilege",
        "photo-app-scopes": "least-privilege",
        "erase-from-backups": "shred",
      },
      { minimum: 12 },
    );
  });

  it("CareNote: each finding's missing risk or fix", () => {
    const block = lesson.block("carenote-fixes");
    expect(block.name).toBe("TableFill");
    const blanks = tableBlanks(block.props as unknown as TableFillProps).map(({ cell }) => cell as TableChoiceCell);
    expect(blanks.map((cell) => cell.choices[cell.answer])).toEqual([
      expect.stringMatching(/^Any of 14 services can mint tokens for anyone/),
      expect.stringMatching(/^OpenID Connect: verify the ID token/),
      expect.stringMatching(/^Strict mTLS from the mesh/),
      expect.stringMatching(/^The dump is a plain copy/),
      expect.stringMatching(/^Crypto-shredding: per-patient keys/),
      expect.stringMatching(/^Contradictory: with E2EE the server sees only metadata/),
    ]);
    expect(lesson.score("carenote-fixes", { blanks: blanks.map((cell) => cell.answer) })).toMatchObject({
      score: 1,
      correct: true,
    });
  });

  it("exercises come before the text that answers them", () => {
    expect(lesson.lineOf('id="status-for-forbidden"')).toBeLessThan(lesson.lineOf('403 "Forbidden" the authorisation'));
    expect(lesson.lineOf('id="pkce-flow"')).toBeLessThan(lesson.lineOf("In code, 32 random bytes"));
    expect(lesson.lineOf('id="who-can-mint"')).toBeLessThan(lesson.lineOf("**HS256** is HMAC"));
    expect(lesson.lineOf('id="fired-token-window"')).toBeLessThan(lesson.lineOf("A JWT cannot be recalled"));
    expect(lesson.lineOf('id="ratchet-after-theft"')).toBeLessThan(lesson.lineOf("The Double Ratchet has two parts"));
    expect(lesson.lineOf("<JwtInspector />")).toBeLessThan(lesson.lineOf("What the runs show"));
  });

  it("seed errors stay fixed in the prose (inv-001 #15, #25)", () => {
    const text = lesson.source;
    // #15: HMAC verifiers can mint; only a key pair gives "verify but not create".
    expect(text).toMatch(
      /That conclusion holds only for a key pair; with HMAC, every verifier holds the secret and can mint/,
    );
    // #25: secrecy recovers only after a new ratchet key pair is made and used: one round trip.
    expect(text).toMatch(/until the compromised side has made a new ratchet key pair and the other side has used it/);
    expect(text).not.toMatch(/cannot decrypt past or future messages/i);
  });
});

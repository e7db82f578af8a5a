/**
 * The JwtInspector's rules, as pure functions: who holds which key under each
 * signing algorithm, who can therefore mint tokens the services accept, and
 * what a verifier that pins the issuer's algorithm says about a token built a
 * given way, on a given clock. No cryptography happens here: the lab
 * (lib/security/jwt-lab.ts) signs and verifies real tokens with jose, and its
 * tests check that jose's verdict is the one these rules predict, so the
 * prediction keys (lib/security/scenarios.ts) can be computed synchronously.
 *
 * The verifier checks in jose's order: the algorithm, then the signature, then
 * "nbf", then "exp". A token is expired once the clock reaches `exp` (RFC 7519:
 * the current time must be before it) and valid again from `nbf` onwards.
 */

/** HMAC with SHA-256 (a shared secret), RSA PKCS#1 v1.5 with SHA-256, ECDSA on P-256 with SHA-256. */
export type Alg = "HS256" | "RS256" | "ES256";
export const ALGS: readonly Alg[] = ["HS256", "RS256", "ES256"];

/** The auth service issues tokens; the orders and payments services verify them; the attacker holds a key of their own. */
export type Party = "auth" | "orders" | "payments" | "attacker";
export const PARTIES: readonly Party[] = ["auth", "orders", "payments", "attacker"];

/**
 * The keys in play. With HS256 one secret both signs and verifies; with a key
 * pair the private half signs and the public half only verifies.
 */
export type KeyName = "shared-secret" | "auth-private" | "auth-public" | "attacker-key";

/** Who signs the token in a recipe: the auth service, an attacker with their own key, the orders service, or nobody ("alg": "none"). */
export type Signer = "auth" | "attacker" | "orders" | "none";
export const SIGNERS: readonly Signer[] = ["auth", "attacker", "orders", "none"];

export type Role = "reader" | "admin";

/** How the lab builds and checks one token. Times are whole seconds after the auth service issued it. */
export type Recipe = {
  /** The issuer's algorithm; every verifier pins it. */
  alg: Alg;
  signer: Signer;
  /** The role the auth service wrote into the token (forgers always write "admin"). */
  role: Role;
  /** After signing, "role" in the payload is rewritten to "admin" and the signature kept (no change if it already said admin). */
  editRole: boolean;
  /** Lifetime: exp = iat + lifetimeS. */
  lifetimeS: number;
  /** nbf = iat + notBeforeS, or no "nbf" claim. */
  notBeforeS: number | null;
  /** The verifier's clock, in seconds after issue. */
  clockS: number;
};

export type RejectReason = "alg-not-allowed" | "bad-signature" | "not-yet-valid" | "expired";
export type Verdict =
  | { kind: "accepted"; role: Role }
  | { kind: "rejected"; reason: RejectReason }
  /** The signer holds no key that the verifiers trust and can sign with, so no token is made. */
  | { kind: "cannot-sign" };

/** The moment the auth service issues every token in the lab: 2026-03-02 09:00:00 UTC. */
export const ISSUED_AT_S = Date.UTC(2026, 2, 2, 9, 0, 0) / 1000;
/** The lab's default lifetime: 15 minutes, the top of the usual 5 to 15 for access tokens. */
export const LIFETIME_S = 15 * 60;
/** The lab's subject and issuer. */
export const SUBJECT = "user-42";
export const ISSUER = "https://auth.example";

/** A recipe with the lab's defaults: an untouched RS256 reader token, checked 5 minutes after issue. */
export function recipe(overrides: Partial<Recipe> = {}): Recipe {
  return {
    alg: "RS256",
    signer: "auth",
    role: "reader",
    editRole: false,
    lifetimeS: LIFETIME_S,
    notBeforeS: null,
    clockS: 5 * 60,
    ...overrides,
  };
}

/** What is wrong with a recipe, or null. */
export function recipeProblem(r: Recipe): string | null {
  if (!ALGS.includes(r.alg)) return `unknown algorithm "${String(r.alg)}"`;
  if (!SIGNERS.includes(r.signer)) return `unknown signer "${String(r.signer)}"`;
  if (!Number.isInteger(r.lifetimeS) || r.lifetimeS <= 0)
    return "the lifetime must be a whole number of seconds above 0";
  if (r.notBeforeS !== null && (!Number.isInteger(r.notBeforeS) || r.notBeforeS < 0))
    return "not-before must be a whole number of seconds ≥ 0";
  if (!Number.isInteger(r.clockS) || r.clockS < 0) return "the clock must be a whole number of seconds ≥ 0";
  return null;
}

export const isAsymmetric = (alg: Alg) => alg !== "HS256";

/** The keys a party holds under an algorithm. */
export function keysHeld(alg: Alg, party: Party): KeyName[] {
  if (party === "attacker") return ["attacker-key"];
  if (!isAsymmetric(alg)) return ["shared-secret"];
  return party === "auth" ? ["auth-private", "auth-public"] : ["auth-public"];
}

/** The key whose signatures the verifiers accept. */
export function trustedSigningKey(alg: Alg): KeyName {
  return isAsymmetric(alg) ? "auth-private" : "shared-secret";
}

/** A public key verifies but cannot sign. */
export const canSignWith = (key: KeyName) => key !== "auth-public";

/** Whether a party can mint a token that every verifier accepts. */
export function canMint(alg: Alg, party: Party): boolean {
  const trusted = trustedSigningKey(alg);
  return keysHeld(alg, party).some((key) => key === trusted && canSignWith(key));
}

/** The parties that can mint accepted tokens under an algorithm. */
export function minters(alg: Alg): Party[] {
  return PARTIES.filter((party) => canMint(alg, party));
}

/** The "alg" the token's header carries. */
export function headerAlg(r: Recipe): string {
  return r.signer === "none" ? "none" : r.alg;
}

/** The role written when the token is signed: the auth service writes the user's, forgers write "admin". */
export function signedRole(r: Recipe): Role {
  return r.signer === "auth" ? r.role : "admin";
}

/** The role the payload carries when the verifier reads it. */
export function payloadRole(r: Recipe): Role {
  return r.editRole ? "admin" : signedRole(r);
}

/** Whether the payload differs from what was signed: an edit to "admin" changes nothing if it already says admin. */
export function payloadChanged(r: Recipe): boolean {
  return r.editRole && signedRole(r) !== "admin";
}

/**
 * What a verifier pinned to the issuer's algorithm says about the token the
 * recipe builds, checking in jose's order.
 */
export function expectedVerdict(r: Recipe): Verdict {
  const problem = recipeProblem(r);
  if (problem) throw new Error(problem);
  if (r.signer === "orders" && !canMint(r.alg, "orders")) return { kind: "cannot-sign" };
  if (headerAlg(r) !== r.alg) return { kind: "rejected", reason: "alg-not-allowed" };
  const signedWithTrustedKey = r.signer === "auth" || (r.signer === "orders" && canMint(r.alg, "orders"));
  if (!signedWithTrustedKey || payloadChanged(r)) return { kind: "rejected", reason: "bad-signature" };
  if (r.notBeforeS !== null && r.notBeforeS > r.clockS) return { kind: "rejected", reason: "not-yet-valid" };
  if (r.lifetimeS <= r.clockS) return { kind: "rejected", reason: "expired" };
  return { kind: "accepted", role: payloadRole(r) };
}

/** A verdict as one word, for keys and tests: "accepted", "bad-signature", "cannot-sign"... */
export function verdictKey(v: Verdict): string {
  return v.kind === "rejected" ? v.reason : v.kind;
}

/** "09:14:59": the lab clock, in UTC, for a time in seconds after issue. */
export function clockLabel(secondsAfterIssue: number): string {
  return new Date((ISSUED_AT_S + secondsAfterIssue) * 1000).toISOString().slice(11, 19);
}

/** "15 min", "14 min 59 s", "30 s". */
export function durationLabel(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

/** One check a verifier makes, in order: what it looked at and how it went. */
export type TrailStep = { kind: "ok" | "fail" | "info"; check: string; text: string };

const HOLDER_KEY: Record<Alg, string> = {
  HS256: "the shared secret",
  RS256: "the auth service's RSA public key",
  ES256: "the auth service's P-256 public key",
};

/**
 * The verifier's checks for a recipe, in jose's order, stopping at the first
 * that fails: the explanation beside jose's verdict in the lab.
 */
export function checkTrail(r: Recipe): TrailStep[] {
  const verdict = expectedVerdict(r);
  if (verdict.kind === "cannot-sign")
    return [
      {
        kind: "fail",
        check: "Orders service",
        text: `holds only ${HOLDER_KEY[r.alg]}, which can verify but not sign, so no token is made`,
      },
    ];
  const steps: TrailStep[] = [
    {
      kind: "info",
      check: "Decode",
      text: `anyone can read it: "alg": "${headerAlg(r)}", "role": "${payloadRole(r)}"`,
    },
  ];
  if (verdict.kind === "rejected" && verdict.reason === "alg-not-allowed") {
    steps.push({ kind: "fail", check: "Algorithm", text: `"${headerAlg(r)}" is not ${r.alg}, the only one accepted` });
    return steps;
  }
  steps.push({ kind: "ok", check: "Algorithm", text: `${r.alg}, the one this verifier accepts` });
  if (verdict.kind === "rejected" && verdict.reason === "bad-signature") {
    const why = payloadChanged(r)
      ? "the payload was changed after signing"
      : "it was made with a key the service does not trust";
    steps.push({ kind: "fail", check: "Signature", text: `checked with ${HOLDER_KEY[r.alg]}: no match, ${why}` });
    return steps;
  }
  steps.push({ kind: "ok", check: "Signature", text: `matches, checked with ${HOLDER_KEY[r.alg]}` });
  const now = clockLabel(r.clockS);
  if (r.notBeforeS === null) steps.push({ kind: "info", check: "nbf", text: "no not-before claim" });
  else {
    const nbf = clockLabel(r.notBeforeS);
    const early = r.notBeforeS > r.clockS;
    steps.push({
      kind: early ? "fail" : "ok",
      check: "nbf",
      text: early ? `the clock (${now}) is before nbf (${nbf})` : `the clock (${now}) is at or after nbf (${nbf})`,
    });
    if (early) return steps;
  }
  const exp = clockLabel(r.lifetimeS);
  const expired = r.lifetimeS <= r.clockS;
  steps.push({
    kind: expired ? "fail" : "ok",
    check: "exp",
    text: expired ? `the clock (${now}) is not before exp (${exp})` : `the clock (${now}) is before exp (${exp})`,
  });
  return steps;
}

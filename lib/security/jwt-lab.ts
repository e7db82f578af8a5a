import {
  SignJWT,
  base64url,
  calculateJwkThumbprint,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  exportJWK,
  generateKeyPair,
  generateSecret,
  jwtVerify,
  type JWTPayload,
  type KeyLike,
  type ProtectedHeaderParameters,
} from "jose";
import {
  ISSUED_AT_S,
  ISSUER,
  SUBJECT,
  isAsymmetric,
  recipeProblem,
  signedRole,
  type Alg,
  type Recipe,
  type Verdict,
} from "@/lib/security/jwt-rules";

/**
 * The JwtInspector's laboratory: real keys, real tokens and real verification
 * with jose (WebCrypto in the browser, node:crypto in tests). Nothing here
 * implements cryptography; it only decides which key signs, edits the encoded
 * text the way an attacker would, and reads jose's verdict. The rules in
 * jwt-rules.ts predict every verdict; the tests check jose agrees.
 */
type Key = KeyLike | Uint8Array;

export type LabKeys = {
  alg: Alg;
  /** What the auth service signs with: the shared secret, or its private key. */
  signing: Key;
  /** What every verifier holds: the same secret, or only the public key. */
  verifying: Key;
  /** A key the attacker generated for the same algorithm. */
  attacker: Key;
  /** "kid" in the auth service's tokens: the RFC 7638 thumbprint of its public key (none for a shared secret). */
  kid: string | null;
  /** The start of the secret (base64url) or of the public key's thumbprint, to show what each party holds. */
  fingerprint: string;
};

async function keyPair(alg: Alg) {
  return generateKeyPair(alg, { extractable: true });
}

/** Fresh keys for one algorithm: made in this page or test, and never sent anywhere. */
export async function makeKeys(alg: Alg): Promise<LabKeys> {
  if (!isAsymmetric(alg)) {
    const secret = await generateSecret(alg, { extractable: true });
    const attacker = await generateSecret(alg, { extractable: true });
    const jwk = await exportJWK(secret);
    return { alg, signing: secret, verifying: secret, attacker, kid: null, fingerprint: `${jwk.k!.slice(0, 12)}…` };
  }
  const auth = await keyPair(alg);
  const attacker = await keyPair(alg);
  const thumbprint = await calculateJwkThumbprint(await exportJWK(auth.publicKey));
  return {
    alg,
    signing: auth.privateKey,
    verifying: auth.publicKey,
    attacker: attacker.privateKey,
    kid: thumbprint.slice(0, 16),
    fingerprint: `${thumbprint.slice(0, 12)}…`,
  };
}

const cache = new Map<Alg, Promise<LabKeys>>();
/** One set of keys per algorithm for the page's life, made on first use. */
export function keysFor(alg: Alg): Promise<LabKeys> {
  let keys = cache.get(alg);
  if (!keys) {
    keys = makeKeys(alg);
    cache.set(alg, keys);
  }
  return keys;
}

/** Seconds after issue as the Date jose compares "exp" and "nbf" with. */
export const labDate = (secondsAfterIssue: number) => new Date((ISSUED_AT_S + secondsAfterIssue) * 1000);

function claimsOf(r: Recipe): JWTPayload {
  return {
    iss: ISSUER,
    sub: SUBJECT,
    role: signedRole(r),
    iat: ISSUED_AT_S,
    ...(r.notBeforeS === null ? {} : { nbf: ISSUED_AT_S + r.notBeforeS }),
    exp: ISSUED_AT_S + r.lifetimeS,
    jti: "t-7f3a9c",
  };
}

async function sign(claims: JWTPayload, alg: Alg, key: Key, kid: string | null): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg, typ: "JWT", ...(kid ? { kid } : {}) }).sign(key);
}

const encodeJson = (value: unknown) => base64url.encode(JSON.stringify(value));

/** The attacker's edit: rewrite "role" in the encoded payload and keep the header and signature. */
export function withRole(token: string, role: string): string {
  const [header, , signature] = token.split(".");
  return `${header}.${encodeJson({ ...decodeJwt(token), role })}.${signature}`;
}

/** The attacker's other edit: the header says "alg": "none" and the signature is dropped. */
export function withAlgNone(token: string): string {
  const [, payload] = token.split(".");
  return `${encodeJson({ alg: "none", typ: "JWT" })}.${payload}.`;
}

export type Built = { token: string } | { refused: string };

/** Builds the recipe's token. When the signer cannot sign (a verifier holding only a public key), says why jose refused. */
export async function buildToken(keys: LabKeys, r: Recipe): Promise<Built> {
  const problem = recipeProblem(r);
  if (problem) throw new Error(problem);
  if (keys.alg !== r.alg) throw new Error(`keys are for ${keys.alg}, the recipe is ${r.alg}`);
  const claims = claimsOf(r);
  let token: string;
  switch (r.signer) {
    case "auth":
    case "none":
      token = await sign(claims, r.alg, keys.signing, keys.kid);
      if (r.signer === "none") token = withAlgNone(token);
      break;
    case "attacker":
      // The attacker copies the header, kid included, and signs with a key of their own.
      token = await sign(claims, r.alg, keys.attacker, keys.kid);
      break;
    case "orders":
      // The orders service signs with what it verifies with: the shared secret, or the public key.
      try {
        token = await sign(claims, r.alg, keys.verifying, keys.kid);
      } catch (error) {
        return { refused: error instanceof Error ? error.message : String(error) };
      }
      break;
  }
  return { token: r.editRole ? withRole(token, "admin") : token };
}

export type Checked = { verdict: Verdict; message: string };

/** jose's verdict on a token, by a verifier pinned to the issuer's algorithm and issuer, at a time in seconds after issue. */
export async function verifyToken(keys: LabKeys, token: string, clockS: number): Promise<Checked> {
  try {
    const { payload } = await jwtVerify(token, keys.verifying, {
      algorithms: [keys.alg],
      issuer: ISSUER,
      currentDate: labDate(clockS),
    });
    const role = payload.role === "admin" ? "admin" : "reader";
    return { verdict: { kind: "accepted", role }, message: `verified: ${SUBJECT} with role ${String(payload.role)}` };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof errors.JOSEAlgNotAllowed) return { verdict: reject("alg-not-allowed"), message };
    if (error instanceof errors.JWSSignatureVerificationFailed) return { verdict: reject("bad-signature"), message };
    if (error instanceof errors.JWTExpired) return { verdict: reject("expired"), message };
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === "nbf")
      return { verdict: reject("not-yet-valid"), message };
    throw error;
  }
}

const reject = (reason: Extract<Verdict, { kind: "rejected" }>["reason"]): Verdict => ({ kind: "rejected", reason });

export type Decoded = {
  /** The three base64url segments as sent. */
  segments: [string, string, string];
  header: ProtectedHeaderParameters;
  payload: JWTPayload;
};

/** Reads a compact token without verifying anything, the way anyone holding it can. */
export function decodeToken(token: string): Decoded {
  const parts = token.split(".");
  if (parts.length !== 3) throw new Error("a signed JWT has three parts separated by dots");
  return {
    segments: [parts[0]!, parts[1]!, parts[2]!],
    header: decodeProtectedHeader(token),
    payload: decodeJwt(token),
  };
}

export type LabRun =
  | { recipe: Recipe; made: true; token: string; decoded: Decoded; verdict: Verdict; message: string }
  | { recipe: Recipe; made: false; verdict: Verdict; message: string };

/** Builds, decodes and verifies one recipe's token, all with jose. */
export async function runRecipe(keys: LabKeys, r: Recipe): Promise<LabRun> {
  const built = await buildToken(keys, r);
  if ("refused" in built) return { recipe: r, made: false, verdict: { kind: "cannot-sign" }, message: built.refused };
  const checked = await verifyToken(keys, built.token, r.clockS);
  return { recipe: r, made: true, token: built.token, decoded: decodeToken(built.token), ...checked };
}

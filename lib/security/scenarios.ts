import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import {
  LIFETIME_S,
  clockLabel,
  expectedVerdict,
  recipe,
  verdictKey,
  type Recipe,
  type Verdict,
} from "@/lib/security/jwt-rules";

/**
 * The JwtInspector's questions. Each is about one or two recipes, and its
 * answer is computed from the rules in jwt-rules.ts; the lab's tests check that
 * jose, signing and verifying for real, reaches the same verdicts.
 */
export const VERDICT_OPTIONS: readonly { id: string; label: string }[] = [
  { id: "accepted", label: "Accepted: the service trusts the claims as written" },
  { id: "bad-signature", label: "Rejected: the signature does not match the header and payload" },
  { id: "alg-not-allowed", label: "Rejected: the algorithm in the header is not allowed" },
  { id: "expired", label: "Rejected: the token has expired" },
  { id: "not-yet-valid", label: "Rejected: the token is not valid yet" },
];

const MINT_OPTIONS: readonly { id: string; label: string }[] = [
  { id: "accepted", label: "Accepted as an admin: nothing tells it apart from a real token" },
  { id: "bad-signature", label: "Rejected: the signature does not match" },
  { id: "cannot-sign", label: "No token at all: the orders service holds nothing it can sign with" },
];

/** A preset of the lab that a question is about, with a short title for its run. */
export type Preset = { title: string; recipe: Recipe };

const editRole = recipe({ alg: "RS256", editRole: true, clockS: 5 * 60 });
const algNone = recipe({ alg: "HS256", signer: "none", clockS: 60 });
const otherKey = recipe({ alg: "ES256", signer: "attacker", clockS: 60 });
const lastSecond = recipe({ alg: "RS256", clockS: LIFETIME_S - 1 });
const atExpiry = recipe({ alg: "RS256", clockS: LIFETIME_S });
const notBefore = recipe({ alg: "HS256", notBeforeS: 5 * 60, clockS: 2 * 60 });
const ordersHs = recipe({ alg: "HS256", signer: "orders", clockS: 60 });
const ordersRs = recipe({ alg: "RS256", signer: "orders", clockS: 60 });
const demoted = recipe({ alg: "ES256", role: "admin", clockS: 10 * 60 });

const key = (r: Recipe) => verdictKey(expectedVerdict(r));

/** "both", "first-only", "second-only" or "neither": which of two checks accept. */
export function whichAccept(first: Verdict, second: Verdict): string {
  const a = first.kind === "accepted";
  const b = second.kind === "accepted";
  return a && b ? "both" : a ? "first-only" : b ? "second-only" : "neither";
}

function roleSeen(r: Recipe): string {
  const v = expectedVerdict(r);
  return v.kind === "accepted" ? `accepted-${v.role}` : "rejected";
}

export const JWT_SCENARIOS: PredictionScenarios = {
  "edit-role": {
    question:
      'A reader holds a valid RS256 token. She decodes the payload, changes "role": "reader" to "admin", encodes it again and keeps the original signature. The orders service checks it 5 minutes after issue. What does it say?',
    options: VERDICT_OPTIONS,
    answer: key(editRole),
    why: "The signature covers the exact bytes of the header and the payload. Change one character of either and the signature no longer matches, whatever the edit says. Decoding is open to anyone; producing a matching signature needs the signing key.",
  },
  "alg-none": {
    question:
      'An attacker takes an HS256 token, sets its header to "alg": "none" and deletes the signature. The service\'s verifier accepts only HS256. What does it say?',
    options: VERDICT_OPTIONS,
    answer: key(algNone),
    why: 'The verifier decides the algorithm, not the token. Pinned to HS256, it refuses a header naming anything else before it looks at the signature. Libraries that once took the header\'s word for it accepted unsigned tokens; jose never accepts "none" in jwtVerify.',
  },
  "other-key": {
    question:
      "An attacker generates an ES256 key pair of their own, writes a token for user-42 with role admin, copies the real header (kid included) and signs it. What does the orders service, holding the auth service's public key, say?",
    options: VERDICT_OPTIONS,
    answer: key(otherKey),
    why: "A well-formed signature by the wrong key is still the wrong signature: it checks out only against the attacker's public key, which the service does not trust. Copying the kid only tells the service which key to check with.",
  },
  "expiry-edge": {
    question: `An RS256 token is issued at ${clockLabel(0)} UTC and lives 15 minutes. The service checks it at ${clockLabel(lastSecond.clockS)} and again at ${clockLabel(atExpiry.clockS)}. Which checks accept it?`,
    options: [
      { id: "both", label: "Both: exp is the last valid second" },
      { id: "first-only", label: `Only the check at ${clockLabel(lastSecond.clockS)}` },
      { id: "neither", label: "Neither: tokens expire a minute early to allow for clock skew" },
      { id: "second-only", label: `Only the check at ${clockLabel(atExpiry.clockS)}` },
    ],
    answer: whichAccept(expectedVerdict(lastSecond), expectedVerdict(atExpiry)),
    why: `RFC 7519 says the current time must be before exp, so the token dies at exactly ${clockLabel(LIFETIME_S)}. Verifiers often allow a small leeway for clock skew between machines (jose's clockTolerance), which extends life past exp, never shortens it.`,
  },
  "not-before": {
    question:
      "An HS256 token carries nbf 5 minutes after its iat: it is meant for a job scheduled later. The service checks it 2 minutes after issue. What does it say?",
    options: VERDICT_OPTIONS,
    answer: key(notBefore),
    why: "nbf is the mirror of exp: before it, the token is refused even though its signature is perfect. From the nbf second onwards it is accepted, until exp.",
  },
  "verifier-mints-hs256": {
    question:
      "Tokens are HS256, so the orders service verifies with the shared secret. Someone who controls the orders service mints a token for user-42 with role admin and sends it to the payments service. What happens?",
    options: MINT_OPTIONS,
    answer: key(ordersHs),
    why: "With HMAC, verifying and signing use the same secret. Every service that can check a token can also make one, so one compromised verifier can impersonate any user to every other service.",
  },
  "verifier-mints-rs256": {
    question:
      "Same attempt, but tokens are RS256: the orders service verifies with the auth service's public key. What happens?",
    options: MINT_OPTIONS,
    answer: key(ordersRs),
    why: "A public key only verifies. jose refuses to sign with it, and the private key never leaves the auth service, so a compromised verifier can read and check tokens but cannot mint them.",
  },
  "stale-role": {
    question: `user-42 is an admin when the auth service issues her ES256 token at ${clockLabel(0).slice(0, 5)}. At ${clockLabel(2 * 60).slice(0, 5)} she is demoted to reader in the user database. At ${clockLabel(demoted.clockS).slice(0, 5)} she calls the orders service with the same token. What does it see?`,
    options: [
      { id: "accepted-admin", label: "Accepted, with role admin" },
      { id: "accepted-reader", label: "Accepted, with role reader" },
      { id: "rejected", label: "Rejected: the token was revoked by the demotion" },
    ],
    answer: roleSeen(demoted),
    why: `The token is a signed snapshot of ${clockLabel(0).slice(0, 5)}. The service checks the signature and the clock, not the database, so the old role holds until exp unless something it does check (a deny-list of token ids, a per-user 'valid after' time) says otherwise.`,
  },
};

/** The cases the learner chooses between, each with its questions and the presets its runs show. */
export const JWT_CASES: readonly { id: string; label: string; scenarios: string[]; presets: Preset[] }[] = [
  {
    id: "edit",
    label: "Edit a claim after signing",
    scenarios: ["edit-role"],
    presets: [
      { title: "The token as issued", recipe: { ...editRole, editRole: false } },
      { title: "With role edited to admin", recipe: editRole },
    ],
  },
  {
    id: "none",
    label: 'Set "alg": "none" and drop the signature',
    scenarios: ["alg-none"],
    presets: [{ title: 'Header says "none", no signature', recipe: algNone }],
  },
  {
    id: "other-key",
    label: "Sign with another key",
    scenarios: ["other-key"],
    presets: [{ title: "Signed by the attacker's own ES256 key", recipe: otherKey }],
  },
  {
    id: "clock",
    label: "Let the clock run: exp and nbf",
    scenarios: ["expiry-edge", "not-before"],
    presets: [
      { title: `Checked at ${clockLabel(lastSecond.clockS)}`, recipe: lastSecond },
      { title: `Checked at ${clockLabel(atExpiry.clockS)}`, recipe: atExpiry },
      { title: `nbf ${clockLabel(5 * 60)}, checked at ${clockLabel(notBefore.clockS)}`, recipe: notBefore },
    ],
  },
  {
    id: "verifier-mints",
    label: "A verifier mints its own token",
    scenarios: ["verifier-mints-hs256", "verifier-mints-rs256"],
    presets: [
      { title: "HS256: the orders service signs with the shared secret", recipe: ordersHs },
      { title: "RS256: the orders service tries to sign with the public key", recipe: ordersRs },
    ],
  },
  {
    id: "stale",
    label: "Demote the user after the token is issued",
    scenarios: ["stale-role"],
    presets: [{ title: `Issued as admin, checked at ${clockLabel(demoted.clockS)}`, recipe: demoted }],
  },
];

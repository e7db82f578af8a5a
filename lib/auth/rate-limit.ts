import "server-only";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { getPrisma } from "@/lib/db/client";

/**
 * Limits, per window. Per-IP limits are looser than per-email ones because
 * many honest people can share one address (an office, a campus NAT).
 */
export const LIMITS = {
  signInPerEmail: { points: 5, duration: 15 * 60 },
  signInPerIp: { points: 20, duration: 15 * 60 },
  signUpPerIp: { points: 10, duration: 60 * 60 },
  // A reset email per address every 20 minutes at most: enough to retry a lost
  // message, too few to flood someone's inbox.
  resetMailPerEmail: { points: 3, duration: 60 * 60 },
  resetMailPerIp: { points: 10, duration: 60 * 60 },
} as const;

type LimiterName = keyof typeof LIMITS;

// Counters live in PostgreSQL (table RateLimiterFlexible), so every app
// instance that shares the database enforces the same limits.
const globalForLimits = globalThis as unknown as {
  tradeoffLimiters?: Record<LimiterName, RateLimiterPrisma>;
};

function limiter(name: LimiterName): RateLimiterPrisma {
  globalForLimits.tradeoffLimiters ??= Object.fromEntries(
    (Object.keys(LIMITS) as LimiterName[]).map((key) => [
      key,
      new RateLimiterPrisma({ storeClient: getPrisma(), keyPrefix: key, ...LIMITS[key] }),
    ]),
  ) as Record<LimiterName, RateLimiterPrisma>;
  return globalForLimits.tradeoffLimiters[name];
}

type Taken = { blocked: boolean; msBeforeNext: number };

/**
 * rate-limiter-flexible rejects with a RateLimiterRes when the limit is
 * reached and with an Error when its store fails. Told apart by shape, not
 * `instanceof`: the limiters are shared on globalThis, so one created by
 * another server bundle rejects with that bundle's copy of the class.
 */
export function isLimitReached(rejection: unknown): rejection is { msBeforeNext: number } {
  return !(rejection instanceof Error) && typeof (rejection as { msBeforeNext?: unknown })?.msBeforeNext === "number";
}

/** Atomically counts one attempt; a count past the limit means blocked. */
async function take(name: LimiterName, key: string): Promise<Taken> {
  try {
    const res = await limiter(name).consume(key);
    return { blocked: false, msBeforeNext: res.msBeforeNext };
  } catch (rejection) {
    if (isLimitReached(rejection)) return { blocked: true, msBeforeNext: rejection.msBeforeNext };
    throw rejection;
  }
}

export type Refusal = { allowed: false; retryAfterSeconds: number };

function refusal(taken: Taken[]): Refusal {
  const ms = Math.max(...taken.filter((t) => t.blocked).map((t) => t.msBeforeNext), 1000);
  return { allowed: false, retryAfterSeconds: Math.ceil(ms / 1000) };
}

/**
 * Reserves a sign-in attempt before the password is checked, so a burst of
 * parallel guesses cannot slip past the limit. Call `succeeded()` when the
 * password was right: the email's failure count resets and the IP's reserved
 * point is handed back, so only failures count.
 */
export async function reserveSignInAttempt(
  email: string,
  ip: string,
): Promise<{ allowed: true; succeeded: () => Promise<void> } | Refusal> {
  const taken = await Promise.all([take("signInPerEmail", email), take("signInPerIp", ip)]);
  if (taken.some((t) => t.blocked)) return refusal(taken);
  return {
    allowed: true,
    succeeded: async () => {
      await Promise.all([limiter("signInPerEmail").delete(email), limiter("signInPerIp").reward(ip)]);
    },
  };
}

/** Counts one account creation from this address. */
export async function reserveSignUp(ip: string): Promise<{ allowed: true } | Refusal> {
  const taken = await take("signUpPerIp", ip);
  return taken.blocked ? refusal([taken]) : { allowed: true };
}

/** Counts one request for a reset email, per address asked for and per client. */
export async function reserveResetMail(email: string, ip: string): Promise<{ allowed: true } | Refusal> {
  const taken = await Promise.all([take("resetMailPerEmail", email), take("resetMailPerIp", ip)]);
  return taken.some((t) => t.blocked) ? refusal(taken) : { allowed: true };
}

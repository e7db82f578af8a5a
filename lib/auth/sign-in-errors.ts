// Error codes travel from the credentials provider to the sign-in form through
// next-auth's `?error=` parameter, so they are plain strings shared by both sides.

const RATE_LIMITED = "RateLimited";
export const UNAVAILABLE = "Unavailable";

export function rateLimitedCode(retryAfterSeconds: number): string {
  return `${RATE_LIMITED}:${Math.max(1, Math.ceil(retryAfterSeconds))}`;
}

/** "15 minutes", "1 minute", "45 seconds": a wait, for people. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** The message to show for an error code, or null when there is none. */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code.startsWith(`${RATE_LIMITED}:`)) {
    const seconds = Number(code.slice(RATE_LIMITED.length + 1));
    const wait = Number.isFinite(seconds) && seconds > 0 ? describeWait(seconds) : "a few minutes";
    return `Too many failed sign-in attempts. For your security, try again in ${wait}.`;
  }
  if (code === UNAVAILABLE) return "We could not check your password just now. Please try again in a moment.";
  if (code === "SessionRequired") return "Please sign in to continue.";
  // CredentialsSignin and anything unexpected: never say which of the two was wrong.
  return "That email and password do not match an account.";
}

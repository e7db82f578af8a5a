/**
 * Session cookies are always httpOnly and SameSite=Lax (next-auth's defaults);
 * in production they are also Secure. The one exception is a production build
 * served over plain http on this machine (the quick start), where a Secure
 * cookie would be refused by browsers that do not treat localhost as secure.
 */
export function secureCookiesEnabled(
  nodeEnv = process.env.NODE_ENV,
  appUrl = process.env.NEXTAUTH_URL ?? "http://localhost:3000",
): boolean {
  if (nodeEnv !== "production") return false;
  return !/^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(appUrl);
}

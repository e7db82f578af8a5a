/**
 * Where to go after signing in. Only same-site paths are accepted, so a crafted
 * link cannot bounce a user to another site ("open redirect").
 */
export function safeCallbackPath(value: string | string[] | null | undefined, fallback = "/dashboard"): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return fallback;
  const path = raw.trim();
  // Absolute URLs are refused outright, even our own: a relative path is all we need.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  if (path.startsWith("/signin") || path.startsWith("/signup") || path.startsWith("/api/")) return fallback;
  return path;
}

import "./lib/env.mjs"; // validates the environment: a bad value stops the build with a clear message
import { contentSecurityPolicy, PREVIEW_PATH, securityHeaders } from "./lib/security-headers.mjs";

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // PGlite loads its .wasm and .data files from its own package folder, and the
  // logger spawns nothing but must stay a plain Node module.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pino"],
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 status for role guards.
    authInterrupts: true,
  },
  async headers() {
    const dev = process.env.NODE_ENV !== "production";
    return [
      { source: "/:path*", headers: securityHeaders({ dev }) },
      // Later rules win for the same header: only the preview may evaluate compiled MDX.
      {
        source: PREVIEW_PATH,
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ dev, evaluate: true }) }],
      },
    ];
  },
};

export default nextConfig;

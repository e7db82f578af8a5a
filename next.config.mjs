import "./lib/env.mjs"; // validates the environment: a bad value stops the build with a clear message
import { securityHeaders } from "./lib/security-headers.mjs";

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // PGlite loads its .wasm and .data files from its own package folder, and the
  // logger spawns nothing but must stay a plain Node module.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pino"],
  // Bundled (not required at run time) so the alias below applies to it.
  transpilePackages: ["server-only"],
  turbopack: {
    // `server-only` guards server modules from client bundles: Next checks its
    // imports at compile time, and its browser entry throws. On the server it
    // must be a no-op in every router, including the Pages Router route that
    // saves answers (pages/api), which does not resolve the react-server condition.
    resolveAlias: { "server-only": { browser: "server-only", default: "./node_modules/server-only/empty.js" } },
  },
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 status for role guards.
    authInterrupts: true,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders({ dev: process.env.NODE_ENV !== "production" }) }];
  },
};

export default nextConfig;

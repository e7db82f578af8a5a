import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Tests run in plain Node, outside React's server environment: resolve the
// `server-only` marker to its own no-op entry, as the react-server condition would.
const alias = {
  "@/": root,
  "server-only": `${root}node_modules/server-only/empty.js`,
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{app,components,lib,prisma}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.db.test.{ts,tsx}", "node_modules/**"],
          environment: "node",
        },
      },
      {
        // Database tests: real PostgreSQL when DATABASE_URL is set, otherwise an
        // in-memory embedded PostgreSQL (PGlite) per test file; never a mock.
        resolve: { alias },
        test: {
          name: "db",
          include: ["{app,components,lib,prisma}/**/*.db.test.{ts,tsx}"],
          environment: "node",
          env: process.env.DATABASE_URL ? {} : { PGLITE_DIR: "memory://" },
          globalSetup: ["./lib/db/test-global-setup.ts"],
          setupFiles: ["./lib/db/test-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});

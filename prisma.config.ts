import { defineConfig } from "prisma/config";

// Only `prisma generate` reads this file. Migrations run through
// prisma/migrate.mjs (Prisma's WASM schema engine), because the CLI's native
// engine cannot be downloaded on an offline machine.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});

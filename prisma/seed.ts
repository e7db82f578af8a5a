// Demo data: one account per role (see README). Safe to run again: it resets
// the demo accounts' names, roles and password and touches nothing else.
//   npm run db:seed
import { hashPassword } from "@/lib/auth/password";
import { closeDatabase, openDatabaseOrExit } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/ops/prepare-database";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";

if (process.env.NODE_ENV === "production" && !process.argv.includes("--allow-production")) {
  console.error(
    "Refusing to create demo accounts with a public password in production (pass --allow-production to insist).",
  );
  process.exit(1);
}

const db = openDatabaseOrExit();
const { prisma } = db;
try {
  // The seed also brings the schema and the search index up to date, so it works on a new database.
  await prepareDatabase(db);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    await prisma.user.upsert({
      where: { email: account.email },
      update: { name: account.name, role: account.role, passwordHash },
      create: { ...account, passwordHash },
    });
  }
  console.log(`demo accounts ready (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")}`);
} finally {
  await closeDatabase(db);
}

import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    id: string;
    name: string;
    email: string;
    role: Role;
    sessionEpoch: number;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    id: string;
    role: Role;
    /** The account's session epoch at sign-in (lib/auth/session-epoch.ts); absent in tokens older than epochs. */
    epoch?: number;
  }
}

import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIp } from "@/lib/auth/client-ip";
import { verifyCredentials } from "@/lib/auth/credentials";
import { secureCookiesEnabled } from "@/lib/auth/secure-cookies";
import { rateLimitedCode, UNAVAILABLE } from "@/lib/auth/sign-in-errors";
import { logger } from "@/lib/log/logger";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id";

/**
 * next-auth configuration: email + password, JWT sessions carrying the user's
 * id and role. The secret comes from NEXTAUTH_SECRET (see instrumentation.ts).
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  useSecureCookies: secureCookiesEnabled(),
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const header = (name: string) => {
          const value = req.headers?.[name];
          return Array.isArray(value) ? value.join(",") : (value as string | undefined);
        };
        const ip = clientIp(header);
        let result;
        try {
          result = await verifyCredentials(credentials, ip);
        } catch (error) {
          // Thrown messages reach the browser in the URL: never pass a raw error through.
          logger.error({ err: error, requestId: header(REQUEST_ID_HEADER) }, "sign-in check failed");
          throw new Error(UNAVAILABLE);
        }
        if (result.ok) return result.user;
        if (result.reason === "rate_limited") {
          // A refusal working as designed, not a fault: info, not warn or error.
          logger.info({ ip, requestId: header(REQUEST_ID_HEADER) }, "sign-in rate limited");
          throw new Error(rateLimitedCode(result.retryAfterSeconds));
        }
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.id = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.id, name: token.name ?? "", email: token.email ?? "", role: token.role };
      return session;
    },
  },
};

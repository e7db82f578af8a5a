import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIp } from "@/lib/auth/client-ip";
import { verifyCredentials } from "@/lib/auth/credentials";
import { secureCookiesEnabled } from "@/lib/auth/secure-cookies";
import { liveSessionUser, SessionEndedError } from "@/lib/auth/session-epoch";
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
  logger: {
    // An ended session is expected (a password was reset), not a fault. Told apart
    // by name: another server bundle throws its own copy of the class.
    error(code, metadata) {
      if ((metadata as Error | undefined)?.name === "SessionEndedError") logger.info({ code }, "session ended");
      else logger.error({ code, err: metadata }, "next-auth error");
    },
    warn(code) {
      logger.warn({ code }, "next-auth warning");
    },
    debug() {},
  },
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
    /**
     * Every read of the session checks the account live: a changed password
     * (a new session epoch) or a deleted account ends the session, and a
     * changed role or name shows at once. next-auth answers a throw here with
     * no session and clears the cookie.
     */
    async jwt({ token, user }) {
      if (user) {
        token.id = user.id;
        token.role = user.role;
        token.epoch = user.sessionEpoch;
        return token;
      }
      const live = await liveSessionUser(token.id, token.epoch);
      if (!live) throw new SessionEndedError();
      token.role = live.role;
      token.name = live.name;
      token.email = live.email;
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.id, name: token.name ?? "", email: token.email ?? "", role: token.role };
      return session;
    },
  },
};

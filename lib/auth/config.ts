import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "../db";
import { env } from "../env";
import { appRedis } from "../jobs/redis";
import { logger } from "../logger";
import { checkPasswordSignIn, signInAddress } from "./password-sign-in";

// Credentials sign-in needs JWT sessions in Auth.js; the token only carries the user id, and every
// page and action re-reads memberships from the database.
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  secret: env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  pages: { signIn: "/login" },
  // A wrong password is an everyday event, not an error with a stack trace; secrets never reach the log.
  logger: {
    error(error) {
      if (error.name === "CredentialsSignin") logger.info("sign-in refused: unknown email or wrong password");
      else logger.error({ err: error.message, name: error.name }, "auth error");
    },
    warn(code) {
      logger.warn({ code }, "auth warning");
    },
    debug() {},
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      // Also reached directly at /api/auth/callback/credentials, so the throttle lives in checkPasswordSignIn.
      authorize(raw, request) {
        return checkPasswordSignIn(db, { redis: appRedis(), prefix: env.QUEUE_PREFIX }, raw, signInAddress(request.headers));
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});

import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { findUserForSignIn } from "@/lib/data/users";
import { verifyPassword } from "@/lib/auth/password";
import { claimsOf, liveSessionOrUnavailable, openSession, revokeSession, sessionOf } from "@/lib/auth/session-rows";
import { clearKey, gate, noteAccountLock, policies, recordFailure, throttleKey } from "@/lib/auth/throttle";
import { clientAddress } from "@/lib/auth/client-address";
import { recordSignInFailure } from "@/lib/data/users";
import { log } from "@/lib/log";
import { signInSchema } from "@/lib/validation/auth";

/** Refused before the password was looked at: too many recent attempts. The code carries the wait. */
class Throttled extends CredentialsSignin {
  constructor(seconds: number) {
    super();
    this.code = `throttled-${seconds}`;
  }
}

export const { auth, handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is an answer, not a server error: one line, no stack, no email.
    error(error) {
      // `type`, not `name`: class names do not survive the production build's minifier.
      if ((error as { type?: string }).type === "CredentialsSignin") log.info({ event: "sign_in_refused" }, "sign-in refused");
      else log.error({ err: error }, "auth error");
    },
    warn(code) {
      log.warn({ code }, "auth warning");
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const account = { key: throttleKey("account", email), policy: policies.account() };
        const address = { key: throttleKey("address", clientAddress(request.headers)), policy: policies.address() };
        for (const t of [account, address]) {
          const g = await gate(t.key, t.policy);
          if (!g.blocked) continue;
          // A back-off still counts towards the lock; a lock is not extended by knocking on it.
          if (!g.locked && (await recordFailure(t.key, t.policy)) && t === account) await noteAccountLock(email);
          throw new Throttled(g.retryAfterSeconds);
        }
        const user = await findUserForSignIn(email);
        // Always verify (against a dummy hash when the email is unknown): same answer, same time.
        const ok = await verifyPassword(user?.passwordHash, password);
        if (!user || !ok) {
          await recordSignInFailure(email, user?.id ?? null);
          if (await recordFailure(account.key, account.policy)) await noteAccountLock(email);
          await recordFailure(address.key, address.policy);
          return null;
        }
        await clearKey(account.key);
        return { id: user.id, name: user.name, email: user.email, role: user.role, clinicId: user.clinicId };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) return { ...token, id: user.id!, sid: await openSession(user.id!) };
      // Every request: the session row must be live; role and clinic come from the database, not the token.
      const live = await liveSessionOrUnavailable(token.sid);
      // Neither signed in nor out: Auth.js would otherwise read a null here as signed out.
      if (live === "unavailable") return { ...token, unavailable: true };
      if (!live) return null;
      return { ...token, ...claimsOf(live) };
    },
    session({ session, token }) {
      return { ...session, ...sessionOf(token, session.expires) };
    },
  },
  events: {
    async signOut(message) {
      if ("token" in message && message.token?.sid) await revokeSession(message.token.sid, "sign-out");
    },
  },
});

import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/db/schema";

/*
 * The part of the Auth.js configuration without database or password hashing. The JWT carries the
 * user's id, role and clinic so pages and data functions need no extra lookup.
 */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 14 },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.id = user.id!;
        token.role = user.role;
        token.clinicId = user.clinicId;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.id;
      session.user.role = token.role;
      session.user.clinicId = token.clinicId;
      return session;
    },
  },
} satisfies NextAuthConfig;

export type { Role };

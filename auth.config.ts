import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/db/schema";

/*
 * The part of the Auth.js configuration without database or password hashing. The JWT names a server-side
 * session (lib/auth/session-rows.ts); auth.ts checks it on every request. 14 days is the absolute limit; the
 * idle limits are shorter and live with the session row.
 */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 14 },
  providers: [],
} satisfies NextAuthConfig;

export type { Role };

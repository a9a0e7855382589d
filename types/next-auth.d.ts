import type { DefaultSession } from "next-auth";
import type { Locale, Role } from "@/db/schema";

declare module "next-auth" {
  interface User {
    role: Role;
    clinicId: string;
  }
  interface Session {
    user: { id: string; role: Role; clinicId: string; admin: boolean } & DefaultSession["user"];
    /** Signed in with a password, but a second factor is still to be verified or enrolled. */
    pendingStep: "verify" | "enrol" | null;
    /** The server-side session row this cookie names. */
    sessionId: string;
    /** When sign-in to this account was last locked after failed attempts; shown until the owner dismisses it. */
    lockNoticeAt: string | null;
    /** The session could not be checked: the database is unreachable. */
    unavailable: boolean;
    /** The language the signed-in person reads, from their user row; null when the session is not checked. */
    locale: Locale | null;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    id: string;
    role: Role;
    clinicId: string;
    sid: string;
    admin?: boolean;
    pendingStep?: "verify" | "enrol" | null;
    lockNoticeAt?: string | null;
    unavailable?: boolean;
    locale?: Locale;
  }
}

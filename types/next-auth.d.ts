import type { DefaultSession } from "next-auth";
import type { Role } from "@/db/schema";

declare module "next-auth" {
  interface User {
    role: Role;
    clinicId: string;
  }
  interface Session {
    user: { id: string; role: Role; clinicId: string } & DefaultSession["user"];
    /** The server-side session row this cookie names. */
    sessionId: string;
    /** When sign-in to this account was locked before this session began; shown until dismissed. */
    lockNoticeAt: string | null;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    id: string;
    role: Role;
    clinicId: string;
    sid: string;
    lockNoticeAt?: string | null;
  }
}

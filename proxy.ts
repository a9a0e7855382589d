import NextAuth from "next-auth";
import { authConfig } from "./auth.config";

// Sends anyone signed out to /login. Only an optimistic check: every page and data function checks again.
export default NextAuth(authConfig).auth;

export const config = {
  matcher: ["/((?!api/auth|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|webmanifest)$).*)"],
};

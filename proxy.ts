import { type NextRequest, NextResponse } from "next/server";

/*
 * Sends anyone without a session cookie to /login. Only an optimistic check: every page and data
 * function verifies the session itself.
 *
 * Deliberately not Auth.js's `auth` wrapper: that re-issues the session cookie on every request, so a
 * link prefetch still in flight when the user signs out would set the cookie again and undo the sign-out.
 */
const PUBLIC = [/^\/login$/, /^\/invite\//, /^\/api\/health$/];
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (PUBLIC.some((p) => p.test(pathname))) return NextResponse.next();
  if (request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name))) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!api/auth|_next/|__nextjs|favicon.ico|.*\\.(?:png|svg|ico|webmanifest)$).*)"],
};

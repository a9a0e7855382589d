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

/** Next's own limit for a server action's body; past it Next would fail the request with a 500. */
const FORM_BODY_LIMIT = 1024 * 1024;
const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)/;

/** A form post too large is 413, one that cannot be read as a form is 400: the client's fault, said as such. */
async function refuseBadForm(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== "POST") return null;
  if (Number(request.headers.get("content-length") ?? 0) > FORM_BODY_LIMIT) {
    return new NextResponse("That request is larger than StrideBack accepts (1 MB).", { status: 413 });
  }
  if (!FORM_TYPES.test(request.headers.get("content-type") ?? "")) return null;
  try {
    await request.clone().formData();
    return null;
  } catch {
    return new NextResponse("That request could not be read as a form.", { status: 400 });
  }
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const refused = await refuseBadForm(request);
  if (refused) return refused;
  if (PUBLIC.some((p) => p.test(pathname))) return NextResponse.next();
  if (request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name))) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!api/auth|_next/|__nextjs|favicon.ico|.*\\.(?:png|svg|ico|webmanifest)$).*)"],
};

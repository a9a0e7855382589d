import { type NextRequest, NextResponse } from "next/server";
import { shouldRefuseForOutage } from "@/db/health";
import { log, routeForLog } from "@/lib/log";
import { VIDEO_LIMIT_BYTES } from "@/lib/media/limits";
import { RUN_FILES_BODY_LIMIT, RUN_FILES_TOTAL_BYTES } from "@/lib/runs/reading";
import { contentSecurityPolicy } from "@/lib/security-headers";

const OUTAGE_MESSAGE = "StrideBack cannot reach its database; nothing you entered is lost, try again in a minute.";

function outage() {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>StrideBack is unavailable</title></head><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem"><h1>StrideBack is unavailable for a moment</h1><p role="alert">${OUTAGE_MESSAGE}</p><p><a href="">Try again</a></p></body></html>`;
  return new NextResponse(html, { status: 503, headers: { "content-type": "text/html; charset=utf-8", "retry-after": "30", "cache-control": "no-store" } });
}

/*
 * Sends anyone without a session cookie to /login. Only an optimistic check: every page and data
 * function verifies the session itself.
 *
 * Deliberately not Auth.js's `auth` wrapper: that re-issues the session cookie on every request, so a
 * link prefetch still in flight when the user signs out would set the cookie again and undo the sign-out.
 */
const PUBLIC = [/^\/login(\/verify)?$/, /^\/forgot-password$/, /^\/(invite|setup|join|reset-password)\//, /^\/api\/health$/, /^\/sw\.js$/];
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/** Next's own limit for a server action's body; past it Next would fail the request with a 500. */
const FORM_BODY_LIMIT = 1024 * 1024;
const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)/;

/**
 * Routes that take files, each with its own limit; each reads its form itself, so parsing several MB here
 * as well would only double the work. Exercise photos and videos (up to a 25 MB video), and run files from
 * a watch (the import page's action, the outbox's route and the share target: 25 MB in all); the extra
 * megabyte is the form around the files.
 */
const FILE_ROUTES = [
  { route: /^\/api\/exercises\/[^/]+\/media$/, limit: VIDEO_LIMIT_BYTES + 1024 * 1024, refusal: "That file is larger than StrideBack accepts (25 MB for a video)." },
  { route: /^\/(log\/run\/import(\/shared)?|api\/run-files)$/, limit: RUN_FILES_BODY_LIMIT, refusal: `Those files are larger than StrideBack accepts at once (${RUN_FILES_TOTAL_BYTES / 1024 / 1024} MB).` },
];

/** A form post too large is 413, one that cannot be read as a form is 400: the client's fault, said as such. */
async function refuseBadForm(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== "POST") return null;
  const length = Number(request.headers.get("content-length") ?? 0);
  const files = FILE_ROUTES.find((f) => f.route.test(request.nextUrl.pathname));
  if (files) return length > files.limit ? new NextResponse(files.refusal, { status: 413 }) : null;
  if (length > FORM_BODY_LIMIT) {
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
  // A fresh nonce per request: Next reads the policy from the request and puts the nonce on its scripts.
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  // One id per request, in the response and in every log line about it (the app reads it from the request).
  const requestId = request.headers.get("x-request-id")?.slice(0, 64) || crypto.randomUUID();
  const withPolicy = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", csp);
    response.headers.set("X-Request-Id", requestId);
    return response;
  };
  const { pathname } = request.nextUrl;
  // One line per request: never the query string (it can carry a search for a patient's name).
  log.info({ requestId, method: request.method, route: routeForLog(pathname), action: request.headers.has("next-action") || undefined }, "request");
  // The database is unreachable: say so at once, honestly, instead of a page that fails after a timeout.
  // Form submissions still go through, so the form answers with the same message and keeps what was typed.
  if (!request.headers.has("next-action") && shouldRefuseForOutage()) return withPolicy(outage());
  const refused = await refuseBadForm(request);
  if (refused) return withPolicy(refused);
  const onward = () => {
    const headers = new Headers(request.headers);
    headers.set("x-request-id", requestId);
    // A POST's answer has no scripts that need the nonce: only page loads get the policy on the request.
    if (request.method === "GET" || request.method === "HEAD") {
      headers.set("x-nonce", nonce);
      headers.set("Content-Security-Policy", csp);
    }
    return withPolicy(NextResponse.next({ request: { headers } }));
  };
  if (PUBLIC.some((p) => p.test(pathname))) return onward();
  if (request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name))) return onward();
  // A JSON client (the offline queue) is told plainly, not sent to a page it cannot show.
  if (pathname.startsWith("/api/")) return withPolicy(NextResponse.json({ message: "Sign in first." }, { status: 401 }));
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
  // A post (a share from the watch's app) is not sent on to the login page as a post.
  return withPolicy(NextResponse.redirect(login, request.method === "GET" || request.method === "HEAD" ? 307 : 303));
}

export const config = {
  matcher: ["/((?!api/auth|_next/|__nextjs|favicon.ico|.*\\.(?:png|svg|ico|webmanifest)$).*)"],
};

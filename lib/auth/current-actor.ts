import "server-only";
import { notFound, redirect } from "next/navigation";
import { perRequest } from "@/lib/request-memo";
import type { Session } from "next-auth";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { claimsOf, liveSessionOrUnavailable, sessionOf } from "./session-rows";
import type { Actor } from "@/lib/data/actor";
import { DatabaseUnavailableError } from "@/db/health";

/**
 * The session, once per request (the layouts, the lock notice and getActor share it). The cookie is the
 * token Auth.js wrote at sign-in, read with Auth.js's own `getToken`; it names a server-side session row,
 * which is checked on the database's clock and gives the user's role and clinic, as auth.ts does.
 *
 * Not `auth()`: besides the same check, it encrypts a fresh token on every call (a key derivation and a
 * cipher pass) and builds a request and response through Auth.js, for a cookie that a page cannot set. That
 * refresh buys nothing here: a session ends by its row (idle limits, revocation, 14 days from sign-in), not
 * by the token's expiry.
 */
export const getSession = perRequest(async (): Promise<Session | null> => {
  // The cookie alone: getToken would also take a bearer token from an Authorization header.
  const cookie = (await headers()).get("cookie") ?? "";
  const secureCookie = /(?:^|;\s*)__Secure-authjs\.session-token/.test(cookie);
  const token = await getToken({ req: { headers: new Headers({ cookie }) }, secret: process.env.AUTH_SECRET!, secureCookie }).catch(() => null);
  if (!token?.sid) return null;
  const live = await liveSessionOrUnavailable(token.sid);
  const expires = new Date((token.exp ?? 0) * 1000).toISOString();
  // The same mapping as auth.ts's callbacks: the database down is neither signed in nor out.
  if (live === "unavailable") return sessionOf({ ...token, unavailable: true }, expires);
  return live ? sessionOf({ ...token, ...claimsOf(live) }, expires) : null;
});

/** The signed-in user, once per request. */
export const getActor = perRequest(async (): Promise<Actor | null> => {
  const session = await getSession();
  if (session?.unavailable) throw new DatabaseUnavailableError();
  const user = session?.user;
  // A password alone is not a sign-in while a second factor is pending: no page, action or route acts on it.
  if (!user?.id || !user.role || !user.clinicId || session?.pendingStep) return null;
  return { id: user.id, role: user.role, clinicId: user.clinicId, admin: user.admin === true, sessionId: session?.sessionId };
});

/** Where a session that still owes a second factor is sent, or null when it owes none. */
export async function pendingStepPage(): Promise<"/login/verify" | "/account/security" | null> {
  const session = await getSession();
  if (session?.pendingStep === "verify") return "/login/verify";
  if (session?.pendingStep === "enrol") return "/account/security";
  return null;
}

/** The signed-in actor, or off to sign in (or to finish signing in with a second factor). */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect((await pendingStepPage()) ?? "/login");
  return actor;
}

async function requireRole(role: Actor["role"]): Promise<Actor> {
  const actor = await requireActor();
  // The other role's pages do not exist for you: not found, never "forbidden".
  if (actor.role !== role) notFound();
  return actor;
}

export const requireClinician = () => requireRole("clinician");
export const requireRunner = () => requireRole("runner");

/** A clinic admin's page: anyone else finds nothing here. */
export async function requireAdmin(): Promise<Actor> {
  const actor = await requireClinician();
  if (!actor.admin) notFound();
  return actor;
}

export function homeFor(actor: Actor): "/clinic" | "/today" {
  return actor.role === "clinician" ? "/clinic" : "/today";
}

/**
 * The session's user whether or not the sign-in is complete: for the second-factor pages, which a session
 * that still owes its second factor must reach. Ids come from the checked session row, never a form.
 */
export async function getSessionUser() {
  const session = await getSession();
  if (session?.unavailable) throw new DatabaseUnavailableError();
  const user = session?.user;
  if (!session || !user?.id || !user.role || !session.sessionId) return null;
  return { userId: user.id, sessionId: session.sessionId, email: user.email ?? "", role: user.role, pendingStep: session.pendingStep };
}

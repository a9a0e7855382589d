import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import type { Actor } from "@/lib/data/actor";
import { DatabaseUnavailableError } from "@/db/health";

/**
 * The Auth.js session, once per request: each call of auth() checks the session row in the database, so
 * the layouts, the lock notice and getActor share this one.
 */
export const getSession = cache(() => auth());

/** The signed-in user, once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getSession();
  if (session?.unavailable) throw new DatabaseUnavailableError();
  const user = session?.user;
  if (!user?.id || !user.role || !user.clinicId) return null;
  return { id: user.id, role: user.role, clinicId: user.clinicId, sessionId: session?.sessionId };
});

async function requireRole(role: Actor["role"]): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  // The other role's pages do not exist for you: not found, never "forbidden".
  if (actor.role !== role) notFound();
  return actor;
}

export const requireClinician = () => requireRole("clinician");
export const requireRunner = () => requireRole("runner");

export function homeFor(actor: Actor): "/clinic" | "/today" {
  return actor.role === "clinician" ? "/clinic" : "/today";
}

import "server-only";
import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { perRequest } from "@/lib/request-memo";
import { type DistanceUnit, proposedUnit } from "@/lib/units";
import type { Locale } from "@/lib/i18n/locales";
import type { Actor } from "./actor";

/**
 * The signed-in person's distance unit: the one they chose, or until they choose, the one their browser's
 * language proposes. Each person's own: a clinician in kilometres reads a runner's miles as kilometres.
 */
export const getDistanceUnit = perRequest(async (actor: Actor): Promise<{ unit: DistanceUnit; chosen: boolean }> => {
  const [row] = await (await getDb()).select({ unit: users.distanceUnit }).from(users).where(eq(users.id, actor.id));
  if (row?.unit) return { unit: row.unit, chosen: true };
  return { unit: proposedUnit(await acceptLanguage()), chosen: false };
});

/** The request's Accept-Language; none outside a request (a job, a script), where kilometres stand. */
async function acceptLanguage() {
  try {
    return (await headers()).get("accept-language");
  } catch {
    return null;
  }
}

export async function setDistanceUnit(actor: Actor, input: { unit: DistanceUnit }) {
  await (await getDb()).update(users).set({ distanceUnit: input.unit }).where(eq(users.id, actor.id));
}

/** The language of one's own screens, and for a runner of every email, notification and printout. */
export async function setLocale(actor: Actor, input: { locale: Locale }) {
  await (await getDb()).update(users).set({ locale: input.locale }).where(eq(users.id, actor.id));
}

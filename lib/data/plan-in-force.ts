import "server-only";
import { and, asc, desc, eq, lte } from "drizzle-orm";
import { getDb, type Queryable } from "@/db";
import { exercises, planVersions, plans, prescriptions } from "@/db/schema";
import type { Actor } from "./actor";

/**
 * The active plan's version in force on a day: the newest one that has taken effect by then (template
 * phases are dated ahead). Callers have already established that runnerId is theirs to read.
 */
export async function versionInForce(tx: Queryable, runnerId: string, date: string) {
  const [row] = await tx
    .select({ plan: plans, version: planVersions })
    .from(plans)
    .innerJoin(planVersions, eq(planVersions.planId, plans.id))
    .where(and(eq(plans.runnerId, runnerId), eq(plans.status, "active"), lte(planVersions.effectiveFrom, date)))
    .orderBy(desc(planVersions.version))
    .limit(1);
  return row ? { ...row.version, plan: row.plan } : null;
}

/** The runner's plan in force on a day, with its prescriptions and their exercises. */
export async function getPlanInForce(actor: Actor, date: string) {
  if (actor.role !== "runner") return null;
  const db = await getDb();
  const version = await versionInForce(db, actor.id, date);
  if (!version) return null;
  const items = await db
    .select({ prescription: prescriptions, exercise: exercises })
    .from(prescriptions)
    .innerJoin(exercises, eq(exercises.id, prescriptions.exerciseId))
    .where(eq(prescriptions.planVersionId, version.id))
    .orderBy(asc(prescriptions.position));
  const { plan, ...versionRow } = version;
  return { plan, version: versionRow, items };
}

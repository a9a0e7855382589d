import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db";
import { exercises, planVersions, plans, prescriptions } from "@/db/schema";
import { versionInForce } from "@/lib/rules/plan-version";
import type { Actor } from "./actor";

/** The versions of a runner's active plan, as the rule in lib/rules/plan-version.ts reads them. */
async function activeVersions(tx: Queryable, runnerId: string) {
  const rows = await tx
    .select({ plan: plans, version: planVersions })
    .from(plans)
    .innerJoin(planVersions, eq(planVersions.planId, plans.id))
    .where(and(eq(plans.runnerId, runnerId), eq(plans.status, "active")));
  return rows.map((r) => ({ ...r.version, plan: r.plan, superseded: r.version.supersededAt != null }));
}

/**
 * The same versions as `activeVersions`, as a JSON array inside a caller's own query (a new log reads them
 * with its other checks in one round trip). Only what the rule reads, plus the id.
 */
export const activeVersionsJson = (runnerId: string) => sql`(
  select coalesce(json_agg(json_build_object('id', v.id, 'version', v.version, 'effectiveFrom', v.effective_from, 'superseded', v.superseded_at is not null, 'waiting', v.waiting)), '[]'::json)
  from plan_versions v join plans p on p.id = v.plan_id
  where p.runner_id = ${runnerId} and p.status = 'active')`;

/**
 * The active plan's version in force on a day, read from the database and judged by the one rule
 * (lib/rules/plan-version's versionInForce). Callers have already established that runnerId is theirs to read.
 */
export async function activeVersionOn(tx: Queryable, runnerId: string, date: string) {
  return versionInForce(await activeVersions(tx, runnerId), date) ?? null;
}

/** The runner's plan in force on a day, with its prescriptions and their exercises. */
export async function getPlanInForce(actor: Actor, date: string) {
  if (actor.role !== "runner") return null;
  const db = await getDb();
  const version = await activeVersionOn(db, actor.id, date);
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

import "server-only";
import { eq, sql } from "drizzle-orm";
import { perRequest } from "@/lib/request-memo";
import { getDb, type Queryable } from "@/db";
import { clinicPainRules, runnerPainRules, users } from "@/db/schema";
import { effectiveRules, PAIN_RULE_KEYS, type PainRules } from "@/lib/rules/thresholds";
import { type PainRulesInput, RISING_PAIRS } from "@/lib/validation/pain-rules";
import { type Actor } from "./actor";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit";
import { assertInCare } from "./access";
import { getRunner } from "./runners";
import { said } from "@/lib/i18n/said";

/*
 * The limits a runner is judged by: the clinic's defaults with the runner's overrides on top. Pages and
 * charts take them from here and pass them to lib/rules as data.
 */

export interface RunnerRules {
  clinic: PainRules;
  overrides: Partial<PainRules>;
  /** The clinician's reason for the overrides, when there are any. */
  reason: string | null;
  effective: PainRules;
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A row of either rules table as raw SQL returns it (snake_case, numerics as strings) to the limits it sets. */
export function rulesFromSqlRow(row: Record<string, unknown> | null): Partial<PainRules> {
  const rules: Partial<PainRules> = {};
  if (!row) return rules;
  for (const key of PAIN_RULE_KEYS) {
    const value = row[snake(key)];
    if (value != null) rules[key] = Number(value);
  }
  return rules;
}

/** Both rules rows of each runner as JSON, for queries over many runners (`u` is the runner's users row). */
export const rulesJsonColumns = sql`
  (select to_jsonb(cr) from clinic_pain_rules cr where cr.clinic_id = u.clinic_id) as "clinicRules",
  (select to_jsonb(rr) from runner_pain_rules rr where rr.runner_id = u.id) as "runnerRules"`;

function withoutNulls(row: Record<string, unknown> | undefined): Partial<PainRules> {
  const rules: Partial<PainRules> = {};
  for (const key of PAIN_RULE_KEYS) if (row?.[key] != null) rules[key] = Number(row[key]);
  return rules;
}

/** The rules of a runner the caller has already been allowed to read. Memoized per request. */
export const rulesOfRunner = perRequest(async (runnerId: string): Promise<RunnerRules> => {
  const db = await getDb();
  const [row] = await db
    .select({ clinic: clinicPainRules, runner: runnerPainRules })
    .from(users)
    .leftJoin(clinicPainRules, eq(clinicPainRules.clinicId, users.clinicId))
    .leftJoin(runnerPainRules, eq(runnerPainRules.runnerId, users.id))
    .where(eq(users.id, runnerId));
  const clinic = effectiveRules(withoutNulls(row?.clinic ?? undefined), null);
  const overrides = withoutNulls(row?.runner ?? undefined);
  return { clinic, overrides, reason: row?.runner?.reason ?? null, effective: effectiveRules(clinic, overrides) };
});

/** The rules of a runner as the actor may see them: their own, or a runner in the clinician's care. */
export async function getPainRules(actor: Actor, runnerId: string): Promise<RunnerRules> {
  const runner = await getRunner(actor, runnerId);
  if (!runner) throw new NotFoundError("Runner");
  return rulesOfRunner(runner.id);
}


async function clinicDefaults(tx: Queryable, runnerId: string) {
  const [row] = await tx
    .select({ clinic: clinicPainRules })
    .from(users)
    .leftJoin(clinicPainRules, eq(clinicPainRules.clinicId, users.clinicId))
    .where(eq(users.id, runnerId));
  return effectiveRules(withoutNulls(row?.clinic ?? undefined), null);
}

/**
 * Sets one runner's limits (a value equal to the clinic's default is stored as "no override"). Only the
 * runner's own clinicians may; each change is audited with the values before and after, and the reason.
 */
export async function setRunnerPainRules(actor: Actor, runnerId: string, input: PainRulesInput) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await assertInCare(tx, actor, runnerId);
    const clinic = await clinicDefaults(tx, runnerId);
    const overrides: Partial<Record<keyof PainRules, number | null>> = {};
    for (const key of PAIN_RULE_KEYS) {
      const value = input[key];
      overrides[key] = value == null || value === clinic[key] ? null : value;
    }
    const effective = effectiveRules(clinic, overrides as Partial<PainRules>);
    for (const [low, high] of RISING_PAIRS) {
      if (effective[low] > effective[high]) throw new InvalidFieldError(high, said("limitOrder"));
    }
    const [before] = await tx.select().from(runnerPainRules).where(eq(runnerPainRules.runnerId, runnerId));
    const anyOverride = PAIN_RULE_KEYS.some((key) => overrides[key] != null);
    if (anyOverride) {
      const row = { ...overrides, reason: input.reason, updatedBy: actor.id, updatedAt: new Date() };
      await tx.insert(runnerPainRules).values({ runnerId, ...row }).onConflictDoUpdate({ target: runnerPainRules.runnerId, set: row });
    } else {
      await tx.delete(runnerPainRules).where(eq(runnerPainRules.runnerId, runnerId));
    }
    await recordAudit(tx, actor, "pain_rules.update", { type: "user", id: runnerId }, {
      before: before ? withoutNulls(before) : {},
      after: anyOverride ? withoutNulls(overrides as Record<string, unknown>) : {},
      reason: input.reason,
    });
  });
}

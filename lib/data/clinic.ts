import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { violatedConstraint } from "@/db/errors";
import { clinicPainRules, clinics } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { anyClinicExists, establishClinic } from "@/lib/clinic/establish";
import { effectiveRules, PAIN_RULE_KEYS, type PainRules } from "@/lib/rules/thresholds";
import type { ClinicDetailsInput, ClinicSetupInput } from "@/lib/validation/clinic-admin";
import { issueAccountToken, redeemAccountToken, type TokenState, tokenState } from "./account-tokens";
import { type Actor } from "./actor";
import { assertAdmin } from "./access";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit";
import { said } from "@/lib/i18n/said";

/*
 * The clinic itself: its first set-up from an empty database, and its details and pain-rule defaults,
 * which only its admins change.
 */

/** Set-up serialises on this lock: two set-up forms sent at once create one clinic, not two. */
const SETUP_LOCK = sql`select pg_advisory_xact_lock(7336104501)`;

/** Whether set-up is still to be done. Runs before anyone is signed in. */
export async function setupOpen(): Promise<boolean> {
  return !(await anyClinicExists(await getDb()));
}

/** A set-up link for this server's start, or null once a clinic exists. */
export async function issueSetupToken(): Promise<string | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.execute(SETUP_LOCK);
    if (await anyClinicExists(tx)) return null;
    return (await issueAccountToken(tx, "setup", null, null)).token;
  });
}

export async function checkSetupToken(token: string): Promise<TokenState> {
  const db = await getDb();
  if (await anyClinicExists(db)) return { status: "unknown" };
  return tokenState(db, "setup", token);
}

/** Creates the clinic and its first admin from the set-up link: once, whatever the number of tries. */
export async function completeSetup(token: string, input: ClinicSetupInput): Promise<TokenState> {
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.execute(SETUP_LOCK);
    if (await anyClinicExists(tx)) return { status: "used" };
    const state = await redeemAccountToken(tx, "setup", token);
    if (state.status !== "valid") return state;
    await establishClinic(tx, clinicOf(input), { name: input.adminName, email: input.adminEmail, passwordHash }, "setup");
    return state;
  });
}

function clinicOf(input: ClinicDetailsInput) {
  // The nine limits alone, out of the rest of the form.
  const painRules = effectiveRules(input, null);
  return { name: input.name, phone: input.phone, timeZone: input.timeZone, requireSecondFactor: input.requireSecondFactor, retentionYears: input.retentionYears, painRules };
}

export interface ClinicDetails {
  name: string;
  phone: string;
  timeZone: string;
  requireSecondFactor: boolean;
  /** Years a closed runner's record is kept whole (lib/data/retention.ts). */
  retentionYears: number;
  painRules: PainRules;
}

/** The actor's clinic's time zone: the clock a clinician's times (notes, audit events) are shown on. */
export async function clinicTimeZone(actor: Actor): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ timeZone: clinics.timeZone }).from(clinics).where(eq(clinics.id, actor.clinicId));
  return row?.timeZone ?? "UTC";
}

/** The actor's clinic as its admin edits it. */
export async function getClinicDetails(actor: Actor): Promise<ClinicDetails> {
  assertAdmin(actor);
  const db = await getDb();
  const [row] = await db.select({ clinic: clinics, rules: clinicPainRules }).from(clinics).leftJoin(clinicPainRules, eq(clinicPainRules.clinicId, clinics.id)).where(eq(clinics.id, actor.clinicId));
  if (!row) throw new NotFoundError("Clinic");
  return { name: row.clinic.name, phone: row.clinic.phone ?? "", timeZone: row.clinic.timeZone, requireSecondFactor: row.clinic.requireSecondFactor, retentionYears: row.clinic.retentionYears, painRules: effectiveRules(row.rules, null) };
}

/** Changes the clinic's details and defaults; audited with what changed. */
export async function updateClinicDetails(actor: Actor, input: ClinicDetailsInput) {
  assertAdmin(actor);
  const before = await getClinicDetails(actor);
  const next = clinicOf(input);
  const db = await getDb();
  try {
    await db.transaction(async (tx) => {
      await tx.update(clinics).set({ name: next.name, phone: next.phone, timeZone: next.timeZone, requireSecondFactor: next.requireSecondFactor, retentionYears: next.retentionYears }).where(eq(clinics.id, actor.clinicId));
      await tx
        .insert(clinicPainRules)
        .values({ clinicId: actor.clinicId, ...next.painRules })
        .onConflictDoUpdate({ target: clinicPainRules.clinicId, set: { ...next.painRules, updatedAt: sql`now()` } });
      const changed = Object.fromEntries(
        (["name", "phone", "timeZone", "requireSecondFactor", "retentionYears"] as const).filter((k) => before[k] !== next[k]).map((k) => [k, { before: before[k], after: next[k] }]),
      );
      const rules = PAIN_RULE_KEYS.filter((k) => before.painRules[k] !== next.painRules[k]).map((k) => ({ limit: k, before: before.painRules[k], after: next.painRules[k] }));
      await recordAudit(tx, actor, "clinic.update", { type: "clinic", id: actor.clinicId }, { changed, rules }, { runnerId: null });
    });
  } catch (error) {
    if (violatedConstraint(error)?.startsWith("clinic_pain_rules")) throw new InvalidFieldError("painDuringRedAbove", said("limitsClash"));
    throw error;
  }
}

import { eq, sql } from "drizzle-orm";
import { type Queryable, selectRows } from "@/db";
import { auditLog, clinicPainRules, clinics, users } from "@/db/schema";
import type { PainRules } from "@/lib/rules/thresholds";

/*
 * The one way a clinic comes into being, with its pain-rule defaults and its first clinic admin: the
 * set-up page, `npm run clinic:create` and the demo seed all call it. No "server-only": the seed and the
 * shell command run outside Next.
 */
export interface NewClinic {
  name: string;
  phone: string | null;
  timeZone: string;
  requireSecondFactor?: boolean;
  /** Years a closed account's record is kept whole; 8 when not chosen. */
  retentionYears?: number;
  /** The clinic's defaults; a limit left out keeps StrideBack's own. */
  painRules?: Partial<PainRules>;
}

export interface FirstAdmin {
  name: string;
  email: string;
  /** argon2id hash, or null when the admin will choose a password from an emailed link. */
  passwordHash: string | null;
}

export async function establishClinic(tx: Queryable, clinic: NewClinic, admin: FirstAdmin, how: "setup" | "shell" | "demo") {
  const [row] = await tx
    .insert(clinics)
    .values({ name: clinic.name, phone: clinic.phone, timeZone: clinic.timeZone, requireSecondFactor: clinic.requireSecondFactor ?? false, retentionYears: clinic.retentionYears ?? 8 })
    .returning({ id: clinics.id });
  // A trigger (migration 0001) has already given the clinic StrideBack's defaults: set the ones chosen.
  if (clinic.painRules && Object.keys(clinic.painRules).length) await tx.update(clinicPainRules).set(clinic.painRules).where(eq(clinicPainRules.clinicId, row!.id));
  const [user] = await tx
    .insert(users)
    .values({ email: admin.email.toLowerCase(), name: admin.name, role: "clinician", isAdmin: true, clinicId: row!.id, passwordHash: admin.passwordHash })
    .returning({ id: users.id });
  await tx.insert(auditLog).values({ actorId: user!.id, clinicId: row!.id, action: "clinic.create", subjectType: "clinic", subjectId: row!.id, detail: { how } });
  return { clinicId: row!.id, adminId: user!.id };
}

/** Whether any clinic exists: the set-up link is offered only while none does. */
export async function anyClinicExists(tx: Queryable): Promise<boolean> {
  const [row] = await selectRows<{ found: boolean }>(tx, sql`select exists (select 1 from clinics) as found`);
  return row!.found;
}

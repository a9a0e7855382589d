import "server-only";
import { sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db";
import { auditLog } from "@/db/schema";
import type { Actor } from "./actor";

type AuditActor = Pick<Actor, "id"> & Partial<Pick<Actor, "role">>;

/**
 * Records who did what to which row; called inside the transaction of the write it describes (so a write
 * that is rolled back, or a retried write that stores nothing new, leaves no audit row). The row carries
 * the actor's clinic and the runner it concerns, so a clinic can read its own trail by runner.
 */
export async function recordAudit(
  tx: Queryable,
  actor: AuditActor | null,
  action: string,
  subject: { type: string; id: string },
  detail: Record<string, unknown> = {},
  /** runnerId: who the row concerns, when it cannot be told from the rest; clinicOf: a user whose clinic it belongs to when there is no actor. */
  options: { runnerId?: string | null; clinicOf?: string } = {},
) {
  const runnerId =
    options.runnerId !== undefined
      ? options.runnerId
      : typeof detail.runnerId === "string"
        ? detail.runnerId
        : actor?.role === "runner"
          ? actor.id
          : subject.type === "user"
            ? subject.id
            : null;
  await tx.insert(auditLog).values({
    actorId: actor?.id ?? null,
    clinicId: actor || options.clinicOf ? sql`(select clinic_id from users where id = ${actor?.id ?? options.clinicOf})` : null,
    runnerId,
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    detail,
  });
}

/**
 * A clinician's read of clinical data, audited as it happens (HIPAA 164.312(b)): one row per page or
 * export, never per query, so the trail says who looked at whom and when without drowning in rows.
 */
export async function recordRead(actor: Actor, action: string, runnerId: string | null) {
  if (actor.role !== "clinician") return;
  const db = await getDb();
  await recordAudit(db, actor, action, runnerId ? { type: "user", id: runnerId } : { type: "clinic", id: actor.clinicId }, {}, { runnerId });
}

/** Every file that leaves StrideBack about a runner, or a caseload, is in the audit trail: who, what, when. */
export async function recordExport(actor: Actor, kind: string, runnerId: string | null) {
  const db = await getDb();
  await recordAudit(db, actor, `export.${kind}`, runnerId ? { type: "user", id: runnerId } : { type: "clinic", id: actor.clinicId }, {}, { runnerId });
}

import "server-only";
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { getDb, type Queryable, selectRows } from "@/db";
import { auditLog } from "@/db/schema";
import type { Actor } from "./actor";

type AuditActor = Pick<Actor, "id"> & Partial<Pick<Actor, "role">>;

/** The runner an audit row concerns, when the caller does not say. */
function concerns(actor: AuditActor | null, subject: { type: string; id?: string }, detail: Record<string, unknown>) {
  if (typeof detail.runnerId === "string") return detail.runnerId;
  if (actor?.role === "runner") return actor.id;
  return subject.type === "user" ? (subject.id ?? null) : null;
}

/**
 * A new row and its audit row in one statement: they commit together, as in one transaction, without the
 * round trips of BEGIN and COMMIT (a runner's log is the write that happens most). `insert` must return
 * `id` and may do nothing on a conflict; then nothing is audited and the answer is null. `dependents` adds
 * rows that hang off the new one (a CTE body that reads `entry`), in the same statement.
 */
export async function insertAudited(
  db: Queryable,
  insert: SQLWrapper,
  actor: AuditActor,
  action: string,
  subjectType: string,
  detail: Record<string, unknown> = {},
  dependents?: SQL,
): Promise<string | null> {
  const runnerId = concerns(actor, { type: subjectType }, detail);
  const [row] = await selectRows<{ id: string }>(db, sql`
    with entry as (${insert.getSQL()})${dependents ? sql`, dependents as (${dependents})` : sql``}
    insert into audit_log (actor_id, clinic_id, runner_id, action, subject_type, subject_id, detail)
    select ${actor.id}::uuid, (select clinic_id from users where id = ${actor.id}), ${runnerId}::uuid, ${action}, ${subjectType}, entry.id::text, ${JSON.stringify(detail)}::jsonb
    from entry
    returning subject_id as id`);
  return row?.id ?? null;
}

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
  const runnerId = options.runnerId !== undefined ? options.runnerId : concerns(actor, subject, detail);
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

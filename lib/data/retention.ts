import "server-only";
import { sql } from "drizzle-orm";
import { type Db, selectRows, type Tx } from "@/db";
import type { Removed } from "@/db/schema";
import { removeStored } from "@/lib/media/storage";
import { type DischargeSummary, deidentifiedSummary } from "@/lib/outcomes/discharge-summary";
import { recordAudit } from "./audit";

/*
 * The retention job's work (lib/jobs/worker.ts, once a day): it acts for nobody in particular, so it takes
 * the database and the instant rather than an actor.
 *
 * De-identification: once a closed account's retention period has passed, what identifies the person goes
 * (name, email, the free text of notes, messages, logs, plans, measures and discharge summaries, their
 * files); what stays is numbers and codes: pain scores, sessions, runs, measures, episodes and their
 * figures, so the clinic's outcome figures do not change. The audit log keeps its rows, as the legal trail
 * of who did what, without the free text some of them copied.
 */
export const REMOVED_TEXT = "[removed]";
export const FORMER_RUNNER = "Former runner";
/** The keys of an audit row's detail that hold words a person wrote, where they are not empty. */
const copiedWords = sql`from jsonb_each(detail) e(k, v) where k in ('note', 'before', 'reason') and jsonb_typeof(v) = 'string' and v #>> '{}' <> ''`;

/** De-identifies every closed account whose retention period ended before `at`; answers how many. */
export async function deidentifyDue(db: Db, at: Date): Promise<number> {
  const due = await selectRows<{ runnerId: string }>(db, sql`
    select c.runner_id as "runnerId" from account_closures c join users u on u.id = c.runner_id join clinics k on k.id = u.clinic_id
    where c.deidentified_at is null and c.retain_until < (timezone(k.time_zone, ${at.toISOString()}::timestamptz))::date`);
  for (const { runnerId } of due) {
    const files = await db.transaction((tx) => deidentify(tx, runnerId, at));
    // The rows that named the files are gone; the files follow (a failure is logged, not lost).
    await removeStored(files);
  }
  return due.length;
}

async function deidentify(tx: Tx, runnerId: string, at: Date): Promise<string[]> {
  const count = async (statement: ReturnType<typeof sql>) => (await selectRows<{ n: number }>(tx, sql`with changed as (${statement} returning 1) select count(*)::int as n from changed`))[0]!.n;
  // Locked, and checked again: two retention jobs at once de-identify once.
  const [open] = await selectRows<{ runnerId: string }>(tx, sql`select runner_id as "runnerId" from account_closures where runner_id = ${runnerId} and deidentified_at is null for update`);
  if (!open) return [];

  await tx.execute(sql`
    update users set name = ${FORMER_RUNNER}, email = 'closed-' || id || '@removed.invalid', password_hash = null, totp_secret = null, totp_last_step = null
    where id = ${runnerId}`);
  const notes =
    (await count(sql`update session_logs set notes = '' where runner_id = ${runnerId} and notes <> ''`)) +
    (await count(sql`delete from clinician_notes where runner_id = ${runnerId}`)) +
    (await count(sql`update runner_profiles set goal = '', discharge_reason = case when discharge_reason is null then null else ${REMOVED_TEXT} end
      where runner_id = ${runnerId} and (goal <> '' or discharge_reason is not null)`)) +
    (await count(sql`update red_flag_reports set worry = case when worry is null then null else ${REMOVED_TEXT} end,
      resolution_note = case when resolution_note is null then null else ${REMOVED_TEXT} end
      where runner_id = ${runnerId} and (worry is not null or resolution_note is not null)`)) +
    (await count(sql`update plans set goal = '' where runner_id = ${runnerId} and goal <> ''`)) +
    (await count(sql`update plan_versions set change_note = '' where plan_id in (select id from plans where runner_id = ${runnerId}) and change_note <> ''`)) +
    (await count(sql`update run_ladders set checklist_note = '' where runner_id = ${runnerId} and checklist_note <> ''`)) +
    (await count(sql`update ladder_moves set because = '' where ladder_id in (select id from run_ladders where runner_id = ${runnerId}) and because <> ''`)) +
    (await count(sql`update runner_pain_rules set reason = ${REMOVED_TEXT} where runner_id = ${runnerId}`)) +
    (await count(sql`update prescriptions set notes = '' where notes <> '' and plan_version_id in
      (select v.id from plan_versions v join plans p on p.id = v.plan_id where p.runner_id = ${runnerId})`)) +
    // A PSFS names the runner's own activities; each becomes "[removed]", so its score still counts.
    (await count(sql`update measure_responses set activities = array_fill(${REMOVED_TEXT}::text, array[cardinality(activities)])
      where runner_id = ${runnerId} and cardinality(activities) > 0`)) +
    (await deidentifyEpisodes(tx, runnerId)) +
    // The audit trail keeps every row (who did what, when) but not the words it copied: an edited note's old
    // text, a discharge or re-admission reason, a red flag's resolution note, a ladder's note.
    (await count(sql`update audit_log set detail = detail || (select jsonb_object_agg(k, ${REMOVED_TEXT}::text) ${copiedWords})
      where runner_id = ${runnerId} and exists (select 1 ${copiedWords})`));
  await tx.execute(sql`delete from message_reads where runner_id = ${runnerId}`);
  const messages = await count(sql`delete from messages where runner_id = ${runnerId}`);
  const runFiles = await selectRows<{ key: string }>(tx, sql`delete from run_files where runner_id = ${runnerId} returning storage_key as key`);
  const archives = await selectRows<{ key: string }>(tx, sql`
    update data_exports set removed_at = ${at.toISOString()}::timestamptz where runner_id = ${runnerId} and removed_at is null and storage_key is not null returning storage_key as key`);
  await tx.execute(sql`delete from auth_sessions where user_id = ${runnerId}`);

  const removed: Removed = { name: true, email: true, notes, messages, files: runFiles.length + archives.length };
  await tx.execute(sql`update account_closures set deidentified_at = ${at.toISOString()}::timestamptz, removed = ${JSON.stringify(removed)}::jsonb where runner_id = ${runnerId}`);
  await recordAudit(tx, null, "account.deidentify", { type: "user", id: runnerId }, { removed, at: at.toISOString() }, { runnerId, clinicOf: runnerId });
  return [...runFiles, ...archives].map((f) => f.key);
}

/** Rewrites each of the runner's frozen discharge summaries without what identifies them; answers how many. */
async function deidentifyEpisodes(tx: Tx, runnerId: string): Promise<number> {
  const rows = await selectRows<{ id: string; body: DischargeSummary }>(tx, sql`select id, body from episodes where runner_id = ${runnerId} for update`);
  for (const row of rows) {
    const body = deidentifiedSummary(row.body, { name: FORMER_RUNNER, removed: REMOVED_TEXT });
    await tx.execute(sql`update episodes set body = ${JSON.stringify(body)}::jsonb where id = ${row.id}`);
  }
  return rows.length;
}

/** Deletes the runners' data archives whose seven days are over; answers how many. */
export async function removeExpiredExports(db: Db, at: Date): Promise<number> {
  const expired = await selectRows<{ key: string }>(db, sql`
    update data_exports set removed_at = ${at.toISOString()}::timestamptz
    where removed_at is null and ready_at is not null and expires_at <= ${at.toISOString()}::timestamptz
    returning storage_key as key`);
  await removeStored(expired.map((e) => e.key));
  return expired.length;
}

import "server-only";
import type PgBoss from "pg-boss";
import { and, eq, isNull, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, selectRows, type Tx } from "@/db";
import { accountTokens, clinics, invites, users } from "@/db/schema";
import { TOKEN_LIFETIME_MINUTES } from "@/lib/data/account-tokens";
import { judgeCaseload } from "@/lib/data/roster";
import { onRoster } from "@/lib/data/roster";
import { INVITE_DAYS } from "@/lib/data/invites";
import { removeEndedCovers } from "@/lib/data/handover";
import { buildDataExport } from "@/lib/data/data-exports";
import { deidentifyDue, removeExpiredExports } from "@/lib/data/retention";
import { now } from "@/lib/dates";
import { formatDateTime } from "@/lib/date-format";
import { log, safeError } from "@/lib/log";
import { checkinReminderMail, clinicianInviteMail, dataExportReadyMail, digestMail, passwordResetMail, exerciseReminderMail, inviteMail, messageMail, nudgeMail, redFlagAlertMail } from "@/lib/mail/compose";
import { publicUrl } from "@/lib/public-url";
import { deliverOnce } from "./deliver";
import { findDue } from "./due";
import { QUEUES, getWorkerQueue } from "./queue";
import { unseal } from "./sealed";

/*
 * The handlers, and the worker that runs them. Every job carries ids, never the words of a mail: the
 * delivery reads the person's current name and address when it sends, and sends nothing to someone who
 * has since left (a discharged runner, a used or revoked invite).
 */
const inviteJob = z.object({ inviteId: z.uuid(), runnerId: z.uuid(), sealedToken: z.string() });
const tickJob = z.object({ at: z.iso.datetime().optional() });
const remindJob = z.object({ userId: z.uuid(), kind: z.enum(["exercise", "checkin", "nudge", "digest"]), occasion: z.string().max(40), at: z.iso.datetime() });
const messageJob = z.object({ messageId: z.uuid() });
const accountJob = z.object({ tokenId: z.uuid(), sealedToken: z.string() });
const redFlagJob = z.object({ reportId: z.uuid() });
const dataExportJob = z.object({ exportId: z.uuid() });
const lifecycleJob = z.object({ at: z.iso.datetime().optional() });

async function person(tx: Tx, userId: string) {
  // A clinician who has left gets nothing more from StrideBack.
  const [row] = await tx.select({ email: users.email, name: users.name, locale: users.locale, role: users.role, clinicId: users.clinicId }).from(users).where(and(eq(users.id, userId), isNull(users.deactivatedAt)));
  return row ?? null;
}

export async function sendInvite(data: z.infer<typeof inviteJob>) {
  return deliverOnce({ userId: data.runnerId, runnerId: data.runnerId }, "invite", data.inviteId, async (tx) => {
    const [invite] = await tx
      .select({ name: users.name, email: users.email, locale: users.locale, clinician: sql<string>`(select name from users c where c.id = ${invites.createdBy})`, clinic: clinics.name })
      .from(invites)
      .innerJoin(users, eq(users.id, invites.runnerId))
      .innerJoin(clinics, eq(clinics.id, users.clinicId))
      .where(and(eq(invites.id, data.inviteId), isNull(invites.usedAt), isNull(invites.revokedAt), sql`${invites.expiresAt} > now()`));
    if (!invite) return null;
    const link = `${publicUrl()}/invite/${unseal(data.sealedToken)}`;
    return inviteMail(invite, { clinician: invite.clinician, clinic: invite.clinic }, link, INVITE_DAYS);
  });
}

/** A colleague's invite or a password-reset link, sent only while the link is still good. */
export async function sendAccountMail(data: z.infer<typeof accountJob>) {
  const db = await getDb();
  const [link] = await db
    .select({ purpose: accountTokens.purpose, userId: accountTokens.userId })
    .from(accountTokens)
    .where(and(eq(accountTokens.id, data.tokenId), isNull(accountTokens.usedAt), isNull(accountTokens.revokedAt), sql`${accountTokens.expiresAt} > now()`));
  if (!link?.userId || link.purpose === "setup") return "nothing to say";
  const userId = link.userId;
  return deliverOnce({ userId, runnerId: null }, "account", data.tokenId, async (tx) => {
    const [to] = await tx
      .select({ name: users.name, email: users.email, locale: users.locale, clinic: clinics.name, inviter: sql<string | null>`(select name from users i where i.id = ${accountTokens.createdBy})` })
      .from(accountTokens)
      .innerJoin(users, eq(users.id, accountTokens.userId))
      .innerJoin(clinics, eq(clinics.id, users.clinicId))
      .where(and(eq(accountTokens.id, data.tokenId), isNull(users.deactivatedAt)));
    if (!to) return null;
    const base = publicUrl();
    const token = unseal(data.sealedToken);
    if (link.purpose === "clinician_invite") return clinicianInviteMail(to, { inviter: to.inviter, clinic: to.clinic }, `${base}/join/${token}`, TOKEN_LIFETIME_MINUTES.clinician_invite / (24 * 60));
    return passwordResetMail(to, `${base}/reset-password/${token}`, TOKEN_LIFETIME_MINUTES.password_reset);
  });
}

export async function sendReminder(data: z.infer<typeof remindJob>) {
  const base = publicUrl();
  const runnerId = data.kind === "digest" ? null : data.userId;
  // The digest judges the caseload before the delivery's transaction opens: the embedded database has one
  // connection, and the transaction holds it.
  const needing = data.kind === "digest" ? await attentionList(data.userId, new Date(data.at)) : [];
  return deliverOnce({ userId: data.userId, runnerId }, data.kind, data.occasion, async (tx) => {
    const to = await person(tx, data.userId);
    if (!to) return null;
    if (data.kind === "exercise") return exerciseReminderMail(to, base);
    if (data.kind === "checkin") return checkinReminderMail(to, base);
    if (data.kind === "nudge") return nudgeMail(to, base);
    return needing.length ? digestMail(to, base, needing) : null;
  });
}

/** The clinician's runners on the roster (a discharge does not hide an open red flag) whose light is red, whose red flag is open, or who stopped logging. */
async function attentionList(clinicianId: string, at: Date) {
  const db = await getDb();
  const [clinician] = await db.select({ clinicId: users.clinicId, role: users.role }).from(users).where(eq(users.id, clinicianId));
  if (clinician?.role !== "clinician") return [];
  const actor = { id: clinicianId, role: "clinician" as const, clinicId: clinician.clinicId };
  const inCare = await selectRows<{ id: string }>(db, sql`
    select ct.runner_id as id from care_access ct join runner_profiles rp on rp.runner_id = ct.runner_id
    where ${onRoster(actor)}`);
  const judged = await judgeCaseload(actor, inCare.map((r) => r.id), at);
  return judged
    .filter((r) => r.triage.status === "urgent" || r.triage.status === "red" || r.triage.status === "stopped")
    .sort((a, b) => a.triage.rank - b.triage.rank || a.name.localeCompare(b.name))
    .map((r) => ({ name: r.name, status: r.triage.status as "urgent" | "red" | "stopped" }));
}

/** Everyone a message is for, other than its author, who has not read it yet. */
export async function notifyMessage(data: z.infer<typeof messageJob>) {
  const db = await getDb();
  const unread = await selectRows<{ userId: string; runnerId: string; author: string; role: "runner" | "clinician" }>(db, sql`
    select r.id as "userId", m.runner_id as "runnerId", a.name as author, r.role
    from messages m
    join users a on a.id = m.author_id
    join users r on (r.id = m.runner_id and a.id <> m.runner_id)
                 -- The runner's clinicians now; a runner with none (their physio left) reaches the clinic's admins.
                 or (a.id = m.runner_id and r.id in (${careOf(sql`m.runner_id`)}))
    left join message_reads mr on mr.user_id = r.id and mr.runner_id = m.runner_id
    where m.id = ${data.messageId} and (mr.read_until is null or mr.read_until < m.created_at)`);
  const base = publicUrl();
  for (const to of unread) {
    const link = to.role === "runner" ? `${base}/messages` : `${base}/clinic/runners/${to.runnerId}/messages`;
    const settings = to.role === "runner" ? "/settings" : "/clinic/settings";
    await deliverOnce({ userId: to.userId, runnerId: to.runnerId }, "message", data.messageId, async (tx) => {
      const recipient = await person(tx, to.userId);
      return recipient ? messageMail(recipient, to.author, link, base, settings) : null;
    });
  }
}

/** The runner's clinicians now (a runner with none reaches the clinic's admins), for a red-flag report. */
const careOf = (runnerId: SQL) => sql`
  select clinician_id from care_team_live where runner_id = ${runnerId}
  union
  select clinician_id from care_access where runner_id = ${runnerId}
  and not exists (select 1 from care_team_live where runner_id = ${runnerId})`;

/** Alerts each of the runner's clinicians once that an urgent sign was reported: a link, no patient data. */
export async function alertRedFlag(data: z.infer<typeof redFlagJob>) {
  const db = await getDb();
  const to = await selectRows<{ userId: string; runnerId: string }>(db, sql`
    select c.clinician_id as "userId", f.runner_id as "runnerId"
    from red_flag_reports f
    cross join lateral (${careOf(sql`f.runner_id`)}) c
    where f.id = ${data.reportId} and f.urgency is not null`);
  const base = publicUrl();
  for (const { userId, runnerId } of to) {
    await deliverOnce({ userId, runnerId }, "red_flag", data.reportId, async (tx) => {
      const recipient = await person(tx, userId);
      return recipient ? redFlagAlertMail(recipient, `${base}/clinic/runners/${runnerId}`, base) : null;
    });
  }
}

/** Builds a data archive, then tells whoever asked for it, by email, where to download it. */
export async function prepareDataExport(data: z.infer<typeof dataExportJob>) {
  const built = await buildDataExport(data.exportId);
  if (!built) return "nothing to say";
  const base = publicUrl();
  return deliverOnce({ userId: built.requestedBy, runnerId: built.runnerId }, "data_export", data.exportId, async (tx) => {
    const to = await person(tx, built.requestedBy);
    if (!to) return null;
    const link = to.role === "runner" ? `${base}/settings#your-data` : `${base}/clinic/runners/${built.runnerId}#data-and-account`;
    return dataExportReadyMail(to, link, `${formatDateTime(built.expiresAt, "UTC", to.locale)} UTC`);
  });
}

/** The daily sweep: expired archives go, and closed accounts past their retention period are de-identified. */
export async function sweepLifecycle(at: Date) {
  const db = await getDb();
  const archives = await removeExpiredExports(db, at);
  const accounts = await deidentifyDue(db, at);
  if (archives || accounts) log.info({ archives, accounts }, "data lifecycle sweep");
}

/** Queues one delivery for each reminder and digest due at this instant. */
export async function tick(boss: PgBoss, at: Date) {
  const db = await getDb();
  await removeEndedCovers(db);
  const due = await findDue(db, at);
  if (due.length === 0) return 0;
  await boss.insert(due.map((d) => ({ name: QUEUES.remind, data: { ...d, at: at.toISOString() }, singletonKey: `${d.kind}:${d.userId}:${d.occasion}`, retryLimit: 8, retryDelay: 30, retryBackoff: true })));
  return due.length;
}

function handle<T>(schema: z.ZodType<T>, run: (data: T) => Promise<unknown>) {
  return async (jobs: PgBoss.Job<unknown>[]) => {
    for (const job of jobs) {
      const parsed = schema.safeParse(job.data);
      // A job that cannot be read will not read better on a retry: it is logged and dropped.
      if (!parsed.success) {
        log.error({ job: job.name, id: job.id }, "job with unreadable data dropped");
        continue;
      }
      try {
        await run(parsed.data);
      } catch (error) {
        // A mail server's refusal quotes the recipient's address: only its codes are logged, never its words.
        const { code, responseCode, command } = error as { code?: string; responseCode?: number; command?: string };
        log.warn({ job: job.name, id: job.id, err: { type: safeError(error).type, code, responseCode, command } }, "job failed; it will be retried");
        throw error;
      }
    }
  };
}

/**
 * Starts the handlers and the once-a-minute reminder clock. Any number of workers may run: pg-boss hands
 * each job to one of them, its cron sends one tick a minute whatever the number of clocks, and deliveries
 * are claimed once in the database.
 */
export async function startWorker(options: { pollingIntervalSeconds?: number } = {}) {
  const boss = await getWorkerQueue();
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  await boss.work(QUEUES.invite, polling, handle(inviteJob, sendInvite));
  await boss.work(QUEUES.account, polling, handle(accountJob, sendAccountMail));
  await boss.work(QUEUES.remind, { ...polling, batchSize: 5 }, handle(remindJob, sendReminder));
  await boss.work(QUEUES.message, polling, handle(messageJob, notifyMessage));
  await boss.work(QUEUES.redFlag, { pollingIntervalSeconds: 1 }, handle(redFlagJob, alertRedFlag));
  await boss.work(QUEUES.tick, polling, handle(tickJob, (data) => tick(boss, data.at ? new Date(data.at) : now())));
  await boss.schedule(QUEUES.tick, "* * * * *", {}, { retryLimit: 0, expireInSeconds: 55 });
  await boss.work(QUEUES.dataExport, polling, handle(dataExportJob, prepareDataExport));
  await boss.work(QUEUES.lifecycle, polling, handle(lifecycleJob, (data) => sweepLifecycle(data.at ? new Date(data.at) : now())));
  await boss.schedule(QUEUES.lifecycle, "17 3 * * *", {}, { retryLimit: 2 });
  return boss;
}

import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, selectRows } from "@/db";
import { runnerProfiles } from "@/db/schema";
import { RULE_DEFINITIONS } from "@/lib/rules/thresholds";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";
import { assertInCare } from "./access";

/*
 * What a clinician still has to read on a runner's page, and the "reviewed" mark that settles it. Marking
 * a runner reviewed (audited) stops older painful lights from standing past the 7-day window, clears a
 * silent-morning flag and files the runner's worries as read; the roster recomputes at once, because the
 * mark is a write to runner_profiles, which bumps the runner's summary version.
 */

export interface Worry {
  id: string;
  text: string;
  reportedAt: Date;
}

/** A runner's edit that lowered a pain score, or removed an entry, in the last 7 days. */
export interface GreenerEdit {
  at: Date;
  action: string;
  entryDate: string | null;
  field: "morning pain" | "pain during" | "pain after" | "entry";
  before: number | null;
  after: number | null;
}

export interface ReviewItems {
  worries: Worry[];
  edits: GreenerEdit[];
  reviewedAt: Date | null;
  reviewedBy: string | null;
}

export async function getReviewItems(actor: Actor, runnerId: string): Promise<ReviewItems> {
  const db = await getDb();
  await assertInCare(db, actor, runnerId);
  const [[profile], worries, audits] = await Promise.all([
    selectRows<{ reviewedAt: Date | null; reviewedBy: string | null }>(db, sql`
      select rp.reviewed_at as "reviewedAt", r.name as "reviewedBy"
      from runner_profiles rp left join users r on r.id = rp.reviewed_by where rp.runner_id = ${runnerId}`),
    selectRows<Worry>(db, sql`
      select f.id, f.worry as text, f.reported_at as "reportedAt"
      from red_flag_reports f join runner_profiles rp on rp.runner_id = f.runner_id
      where f.runner_id = ${runnerId} and f.worry is not null and (rp.reviewed_at is null or f.reported_at > rp.reviewed_at)
      order by f.reported_at desc`),
    // The runner's own edits and deletions of the last 7 days, with the entry as it is now (gone: null).
    selectRows<{ at: Date; action: string; before: Record<string, unknown>; nowDate: string | null; checkinPain: number | null; painDuring: number | null; painAfter: number | null; gone: boolean }>(db, sql`
      select a.at, a.action, coalesce(a.detail->'before', a.detail) as before,
             coalesce(c.date, l.date)::text as "nowDate", c.pain as "checkinPain", l.pain_during as "painDuring", l.pain_after as "painAfter",
             (c.id is null and l.id is null) as gone
      from audit_log a
      left join morning_checkins c on a.subject_type = 'morning_checkin' and c.id::text = a.subject_id
      left join session_logs l on a.subject_type = 'session_log' and l.id::text = a.subject_id
      where a.runner_id = ${runnerId} and a.actor_id = ${runnerId}
        and a.action in ('checkin.update', 'run.update', 'session.update', 'checkin.delete', 'run.delete', 'session.delete')
        and a.at > now() - make_interval(days => ${RULE_DEFINITIONS.greenerEditDays})
      order by a.at desc`),
  ]);
  const edits: GreenerEdit[] = [];
  for (const a of audits) {
    const num = (v: unknown) => (v == null ? null : Number(v));
    if (a.action.endsWith(".delete")) {
      edits.push({ at: a.at, action: a.action, entryDate: (a.before.date as string) ?? null, field: "entry", before: null, after: null });
      continue;
    }
    const lowered = (field: GreenerEdit["field"], before: number | null, after: number | null) => {
      if (before != null && after != null && after < before) edits.push({ at: a.at, action: a.action, entryDate: a.nowDate, field, before, after });
    };
    if (a.action === "checkin.update") lowered("morning pain", num(a.before.pain), a.checkinPain);
    else {
      lowered("pain during", num(a.before.painDuring), a.painDuring);
      lowered("pain after", num(a.before.painAfter), a.painAfter);
    }
  }
  return { worries, edits, reviewedAt: profile?.reviewedAt ?? null, reviewedBy: profile?.reviewedBy ?? null };
}

/** Marks everything logged until now reviewed. Only the runner's clinicians may; audited. */
export async function markReviewed(actor: Actor, runnerId: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await assertInCare(tx, actor, runnerId);
    const at = new Date();
    await tx.update(runnerProfiles).set({ reviewedAt: at, reviewedBy: actor.id }).where(eq(runnerProfiles.runnerId, runnerId));
    await recordAudit(tx, actor, "runner.reviewed", { type: "user", id: runnerId }, { at: at.toISOString() });
  });
}

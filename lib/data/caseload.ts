import "server-only";
import { sql } from "drizzle-orm";
import { getDb, selectRows } from "@/db";
import type { Presentation } from "@/db/schema";
import type { Actor } from "./actor";

export interface CaseloadRow {
  runnerId: string;
  name: string;
  email: string;
  presentation: Presentation;
  affectedSide: "left" | "right" | "both";
  planTitle: string | null;
  planStartDate: string | null;
  lastLogDate: string | null;
  lastPainDuring: number | null;
  lastPainAfter: number | null;
  lastMorningPain: number | null;
}

/**
 * The runners in this clinician's care, one row each, with their latest pain. One query: the latest
 * log and check-in come from lateral joins on the (runner_id, date) indexes, not from loading history.
 */
export async function listCaseload(actor: Actor): Promise<CaseloadRow[]> {
  if (actor.role !== "clinician") return [];
  const db = await getDb();
  return selectRows<CaseloadRow>(db, sql`
    select u.id as "runnerId", u.name, u.email, rp.presentation, rp.affected_side as "affectedSide",
           p.title as "planTitle", p.start_date::text as "planStartDate",
           last_log.date::text as "lastLogDate", last_log.pain_during as "lastPainDuring",
           last_log.pain_after as "lastPainAfter", last_checkin.pain as "lastMorningPain"
    from care_team ct
    join users u on u.id = ct.runner_id
    join runner_profiles rp on rp.runner_id = u.id
    left join plans p on p.runner_id = u.id and p.status = 'active'
    left join lateral (
      select date, pain_during, pain_after from session_logs
      where runner_id = u.id order by date desc, created_at desc limit 1
    ) last_log on true
    left join lateral (
      select pain from morning_checkins where runner_id = u.id order by date desc limit 1
    ) last_checkin on true
    where ct.clinician_id = ${actor.id}
    order by u.name
  `);
}

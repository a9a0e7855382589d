import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, selectRows } from "@/db";
import { isIsoDate } from "@/lib/dates";
import type { Actor } from "./actor";
import { clinicTimeZone } from "./clinic";

/*
 * The clinic's audit trail: who saw or changed which runner's data, and every sign-in event, newest first.
 * A clinic reads its own rows only (any clinician of the clinic: the trail is the clinic's governance
 * record). Details of each change stay in the database; the page lists who, what, whom and when.
 */
export const AUDIT_PAGE_SIZE = 50;
/** The audit log's filters; their words are the messages audit.kinds.<kind>. */
export const AUDIT_KINDS = ["all", "reads", "changes", "auth"] as const;

const filtersSchema = z.object({
  q: z.string().max(100).optional().catch(undefined),
  kind: z.enum(AUDIT_KINDS).catch("all"),
  from: z.string().refine(isIsoDate).optional().catch(undefined),
  to: z.string().refine(isIsoDate).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type AuditFilters = z.infer<typeof filtersSchema>;
/** URL parameters are anyone's to type: whatever does not parse falls back to no filter. */
export const parseAuditFilters = (params: Record<string, string | undefined>) => filtersSchema.parse({ kind: "all", page: 1, ...params });

export interface AuditRow {
  id: number;
  at: Date;
  action: string;
  actorName: string | null;
  actorRole: string | null;
  runnerName: string | null;
  runnerId: string | null;
}

/** A page of the clinic's audit trail, newest first, with the clinic's time zone to show the times in. */
export async function listAuditTrail(actor: Actor, filters: AuditFilters): Promise<{ rows: AuditRow[]; hasMore: boolean; timeZone: string }> {
  if (actor.role !== "clinician") return { rows: [], hasMore: false, timeZone: "UTC" };
  const db = await getDb();
  const kind =
    filters.kind === "reads" ? sql`and a.action like '%.view'` : filters.kind === "auth" ? sql`and a.action like 'auth.%'` : filters.kind === "changes" ? sql`and a.action not like '%.view' and a.action not like 'auth.%'` : sql``;
  const q = filters.q?.trim() ? sql`and (r.name ilike ${`%${filters.q.trim()}%`} or u.name ilike ${`%${filters.q.trim()}%`})` : sql``;
  const timeZone = await clinicTimeZone(actor);
  // "From" and "to" are days of the clinic's calendar, as the times on the page are.
  const from = filters.from ? sql`and a.at >= (${filters.from}::date)::timestamp at time zone ${timeZone}` : sql``;
  const to = filters.to ? sql`and a.at < (${filters.to}::date + 1)::timestamp at time zone ${timeZone}` : sql``;
  const rows = await selectRows<AuditRow>(db, sql`
    select a.id, a.at, a.action, u.name as "actorName", u.role as "actorRole", r.name as "runnerName", a.runner_id as "runnerId"
    from audit_log a
    left join users u on u.id = a.actor_id
    left join users r on r.id = a.runner_id
    where a.clinic_id = ${actor.clinicId} ${kind} ${q} ${from} ${to}
    order by a.at desc, a.id desc
    limit ${AUDIT_PAGE_SIZE + 1} offset ${(filters.page - 1) * AUDIT_PAGE_SIZE}
  `);
  // Raw SQL hands timestamps back as the driver likes (PGlite gives strings): the page gets Dates.
  const page = rows.slice(0, AUDIT_PAGE_SIZE).map((r) => ({ ...r, at: new Date(r.at) }));
  return { rows: page, hasMore: rows.length > AUDIT_PAGE_SIZE, timeZone };
}

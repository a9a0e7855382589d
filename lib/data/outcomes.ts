import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { getDb, selectRows } from "@/db";
import { INSTRUMENTS } from "@/lib/outcomes/instruments";
import type { Figure, OutcomeFilters, OutcomeGroup } from "@/lib/validation/outcomes";
import type { Actor } from "./actor";

/*
 * The clinic's outcomes (docs/outcomes.md, "Clinic figures"): the discharged episodes of the actor's own
 * clinic, per presentation and per template, added up in SQL over the stored episodes (one small row each,
 * indexed by clinic and discharge date). Another clinic's episodes never enter a sum; a runner's name
 * appears only to a clinician who may see that runner.
 */
export interface OutcomeRow {
  key: string;
  label: string;
  episodes: number;
  painFree: number;
  medianDaysToPainFree: number | null;
  lefs: number;
  lefsMedian: number | null;
  lefsReal: number;
  psfs: number;
  psfsMedian: number | null;
  psfsReal: number;
  groc: number;
  grocMedian: number | null;
  grocReal: number;
  sessionsDone: number;
  sessionsPrescribed: number;
  redFlags: number;
}

const LEFS = INSTRUMENTS.lefs.realChange.points;
const PSFS = INSTRUMENTS.psfs.realChange.points;
const GROC = INSTRUMENTS.groc.realChange.points;

/** What makes an episode count under each figure: the runners behind it are those it selects. */
const FIGURE_WHERE: Record<Figure, SQL> = {
  episodes: sql`true`,
  painFree: sql`e.days_to_pain_free is not null`,
  lefsReal: sql`e.lefs_last - e.lefs_first >= ${LEFS}`,
  psfsReal: sql`e.psfs_last - e.psfs_first >= ${PSFS}`,
  grocReal: sql`e.groc >= ${GROC}`,
  redFlags: sql`e.red_flags > 0`,
};

function scope(actor: Actor, filters: OutcomeFilters): SQL {
  const parts = [sql`e.clinic_id = ${actor.clinicId}`];
  if (filters.from) parts.push(sql`e.discharged_on >= ${filters.from}::date`);
  if (filters.to) parts.push(sql`e.discharged_on <= ${filters.to}::date`);
  if (filters.clinician) parts.push(sql`${filters.clinician}::uuid = any(e.care_team)`);
  return sql.join(parts, sql` and `);
}

const median = (expr: SQL) => sql`(percentile_cont(0.5) within group (order by ${expr}))::float8`;

const FIGURES_SQL = sql`
  count(*)::int as episodes,
  count(e.days_to_pain_free)::int as "painFree", ${median(sql`e.days_to_pain_free`)} as "medianDaysToPainFree",
  count(e.lefs_last - e.lefs_first)::int as lefs, ${median(sql`e.lefs_last - e.lefs_first`)} as "lefsMedian", count(*) filter (where ${FIGURE_WHERE.lefsReal})::int as "lefsReal",
  count(e.psfs_last - e.psfs_first)::int as psfs, ${median(sql`e.psfs_last - e.psfs_first`)} as "psfsMedian", count(*) filter (where ${FIGURE_WHERE.psfsReal})::int as "psfsReal",
  count(e.groc)::int as groc, ${median(sql`e.groc`)} as "grocMedian", count(*) filter (where ${FIGURE_WHERE.grocReal})::int as "grocReal",
  sum(e.sessions_done)::int as "sessionsDone", sum(e.sessions_prescribed)::int as "sessionsPrescribed", sum(e.red_flags)::int as "redFlags"`;

/** Only clinicians see the page; a runner's actor gets nothing (and the page is not theirs to open). */
export async function clinicOutcomes(actor: Actor, filters: OutcomeFilters) {
  if (actor.role !== "clinician") return { presentations: [], templates: [], total: 0 };
  const db = await getDb();
  const where = scope(actor, filters);
  const [presentations, templates] = await Promise.all([
    selectRows<OutcomeRow>(db, sql`
      select e.presentation::text as key, e.presentation::text as label, ${FIGURES_SQL}
      from episodes e where ${where} group by e.presentation order by count(*) desc, e.presentation`),
    selectRows<OutcomeRow>(db, sql`
      select coalesce(e.template_id::text, 'none') as key, coalesce(max(t.name), max(e.template_name), 'No template') as label, ${FIGURES_SQL}
      from episodes e left join plan_templates t on t.id = e.template_id
      where ${where} group by coalesce(e.template_id::text, 'none') order by count(*) desc, 2`),
  ]);
  return { presentations, templates, total: presentations.reduce((n, r) => n + r.episodes, 0) };
}

/**
 * The episodes behind one figure of one group: those of runners the actor may see by name (care_access),
 * and how many more there are in the clinic's figure that they may not.
 */
export async function outcomeEpisodes(actor: Actor, filters: OutcomeFilters, group: OutcomeGroup, figure: Figure) {
  if (actor.role !== "clinician") return { episodes: [], others: 0 };
  const db = await getDb();
  const inGroup =
    group.by === "presentation" ? sql`e.presentation = ${group.presentation}` : group.template === "none" ? sql`e.template_id is null` : sql`e.template_id = ${group.template}::uuid`;
  const rows = await selectRows<{ id: string; runnerId: string; name: string | null; startedOn: string; dischargedOn: string }>(db, sql`
    select e.id, e.runner_id as "runnerId", case when ca.runner_id is not null then u.name end as name,
           e.started_on::text as "startedOn", e.discharged_on::text as "dischargedOn"
    from episodes e join users u on u.id = e.runner_id
    left join care_access ca on ca.runner_id = e.runner_id and ca.clinician_id = ${actor.id}
    where ${scope(actor, filters)} and ${inGroup} and ${FIGURE_WHERE[figure]}
    order by e.discharged_on desc limit 500`);
  const seen = rows.filter((r) => r.name != null);
  return { episodes: seen, others: rows.length - seen.length };
}

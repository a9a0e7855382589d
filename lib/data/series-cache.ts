import "server-only";
import { sql } from "drizzle-orm";
import { getDb, selectRows } from "@/db";
import { codeRevision } from "@/lib/code-revision";

/*
 * A chart series over a runner's whole history, computed once per change instead of once per view. The
 * stored value is valid for the runner's inputs as they were (runner_triage.version, which the triggers
 * of migration 0007 bump in the same transaction as any write to them) and for the runner's day it was
 * computed on. As with the roster's summaries, the version is read before the data: a write that lands
 * while the series is computed leaves it stored under the older version, so the next read recomputes it.
 *
 * A series is also tied to the release that computed it (lib/code-revision), so a release that judges
 * differently recomputes it.
 *
 * The caller authorizes first: this function only keeps what the caller computed for a runner it may see.
 */
export async function cachedSeries<T>(runnerId: string, series: string, day: string, compute: () => Promise<T>): Promise<T> {
  const db = await getDb();
  const revision = codeRevision();
  const [row] = await selectRows<{ version: string | null; storedVersion: string | null; storedDay: string | null; storedRevision: string | null; value: T | null }>(db, sql`
    select rt.version, s.version as "storedVersion", s.day::text as "storedDay", s.revision as "storedRevision", s.value
    from (select ${runnerId}::uuid as runner_id) r
    left join runner_triage rt on rt.runner_id = r.runner_id
    left join runner_series s on s.runner_id = r.runner_id and s.series = ${series}`);
  // A runner nobody has written for since the triggers exist has no version to keep a series against.
  if (row?.version == null) return compute();
  if (row.storedVersion === row.version && row.storedDay === day && row.storedRevision === revision) return row.value as T;
  const value = await compute();
  await db.execute(sql`
    insert into runner_series (runner_id, series, version, day, revision, value)
    values (${runnerId}, ${series}, ${row.version}, ${day}::date, ${revision}, ${JSON.stringify(value)}::jsonb)
    on conflict (runner_id, series) do update
      set version = excluded.version, day = excluded.day, revision = excluded.revision, value = excluded.value`);
  return value;
}

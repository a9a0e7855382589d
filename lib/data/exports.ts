import "server-only";
import { stringify } from "csv-stringify/sync";
import { sql } from "drizzle-orm";
import { getDb, selectRows } from "@/db";
import { describeBaseline, describeReason, sessionLight } from "@/lib/rules/traffic-light";
import { say, sayAll } from "@/lib/i18n/say";
import type { PainRules } from "@/lib/rules/thresholds";
import type { Actor } from "./actor";
import { rulesOfRunner } from "./pain-rules";
import { readableRunner } from "./runners";
import { onRoster } from "./roster";
import { sessionPainColumns, sessionPainJoins } from "./session-pain-sql";
import { inUnitRounded } from "@/lib/units";

/*
 * A runner's record as CSV: one row per run, exercise session and morning check-in, ISO dates, each
 * session with its traffic light and the reasons for it, judged by the runner's own rules exactly as the
 * app shows them. The caseload export streams the same rows runner by runner, so the server holds one
 * runner's history at a time however large the caseload.
 */
export const LOG_COLUMNS = [
  "runner_id",
  "runner_name",
  "entry",
  "entry_id",
  "date",
  "duration_minutes",
  "distance_km",
  "distance_mi",
  "effort_rpe",
  "pain_during",
  "pain_after",
  "next_morning_pain",
  "baseline_pain",
  "baseline_from",
  "morning_pain",
  "morning_stiffness",
  "sudden_pain_or_pop",
  "nerve_symptoms",
  "light",
  "light_provisional",
  "reasons",
  "notes",
] as const;

interface Entry {
  kind: "run" | "exercise" | "checkin";
  id: string;
  date: string;
  durationMinutes: number | null;
  distanceKm: number | null;
  rpe: number | null;
  painDuring: number | null;
  painAfter: number | null;
  baseline: number | null;
  baselineDaysBefore: number | null;
  nextMorning: number | null;
  suddenPain: boolean | null;
  nerveSymptoms: boolean | null;
  neural: boolean | null;
  pain: number | null;
  stiffness: number | null;
  notes: string;
}

async function entriesOf(runnerId: string, usualPain: number): Promise<Entry[]> {
  const db = await getDb();
  return selectRows<Entry>(db, sql`
    select * from (
    select l.kind::text as kind, l.id, l.date::text as date, l.duration_minutes as "durationMinutes", l.distance_km::float8 as "distanceKm", l.rpe,
           ${sessionPainColumns(sql`${usualPain}`)}, null::int as pain, null::int as stiffness, l.notes, l.created_at as at
    from session_logs l ${sessionPainJoins}
    where l.runner_id = ${runnerId}
    union all
    select 'checkin', c.id, c.date::text, null, null, null, null, null, null, null, null, null, null, null, c.pain, c.stiffness, '', c.created_at
    from morning_checkins c where c.runner_id = ${runnerId}
    ) entries
    -- Within a day the morning check-in comes first, as in the runner's history.
    order by date, kind = 'checkin' desc, at`);
}

/** A spreadsheet must not run a runner's note as a formula (CSV injection): such a cell starts with a quote. */
const safeText = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

function rowsOf(runner: { id: string; name: string }, entries: Entry[], rules: PainRules): (string | number | null)[][] {
  return entries.map((e) => {
    if (e.kind === "checkin") {
      return [runner.id, safeText(runner.name), "morning check-in", e.id, e.date, null, null, null, null, null, null, null, null, null, e.pain, e.stiffness, null, null, null, null, null, ""];
    }
    const session = { painDuring: e.painDuring!, painAfter: e.painAfter!, baseline: e.baseline!, baselineDaysBefore: e.baselineDaysBefore, nextMorning: e.nextMorning, neural: Boolean(e.neural), suddenPain: e.suddenPain, nerveSymptoms: e.nerveSymptoms };
    const verdict = sessionLight(session, rules);
    const answer = (yes: boolean | null) => (yes == null ? null : yes ? "yes" : "no");
    return [
      runner.id,
      safeText(runner.name),
      e.kind === "run" ? "run" : "exercise session",
      e.id,
      e.date,
      e.durationMinutes,
      e.distanceKm,
      // Both units, so a spreadsheet in either needs no formula: kilometres are what is stored.
      e.distanceKm == null ? null : inUnitRounded(e.distanceKm, "mi"),
      e.rpe,
      e.painDuring,
      e.painAfter,
      e.nextMorning,
      e.baseline,
      // The spreadsheet is in English whoever downloads it: its columns are named in English too.
      say("en", describeBaseline(session)),
      null,
      null,
      answer(e.suddenPain),
      answer(e.nerveSymptoms),
      verdict.light,
      verdict.provisional ? "yes" : "no",
      sayAll("en", verdict.reasons.map(describeReason)),
      safeText(e.notes),
    ];
  });
}

const csv = (rows: (string | number | null)[][], header: boolean) => stringify(rows, { header, columns: header ? [...LOG_COLUMNS] : undefined, record_delimiter: "\r\n" });

/** One runner's whole record as CSV, for the runner themselves or a clinician caring for them. */
export async function runnerLogsCsv(actor: Actor, runnerId: string): Promise<{ name: string; csv: string }> {
  const runner = await readableRunner(actor, runnerId);
  const [entries, rules] = await Promise.all([entriesOf(runner.id, runner.usualPain), rulesOfRunner(runner.id)]);
  return { name: runner.name, csv: csv(rowsOf(runner, entries, rules.effective), true) };
}

/** Every runner on the clinician's roster, streamed one runner at a time in name order; other clinicians' runners never appear. */
export async function caseloadLogsCsv(actor: Actor): Promise<ReadableStream<Uint8Array>> {
  if (actor.role !== "clinician") throw new Error("Only a clinician exports a caseload.");
  const db = await getDb();
  const runners = await selectRows<{ id: string; name: string; usualPain: number }>(db, sql`
    select u.id, u.name, rp.usual_pain as "usualPain"
    from care_access ct join users u on u.id = ct.runner_id join runner_profiles rp on rp.runner_id = ct.runner_id
    where ${onRoster(actor)}
    order by u.name, u.id`);
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csv([], true)));
    },
    // Pulled as the client reads: a slow download holds one runner's rows, never the caseload's.
    async pull(controller) {
      const runner = runners[next++];
      if (!runner) return controller.close();
      const [entries, rules] = await Promise.all([entriesOf(runner.id, runner.usualPain), rulesOfRunner(runner.id)]);
      controller.enqueue(encoder.encode(csv(rowsOf(runner, entries, rules.effective), false)));
    },
  });
}

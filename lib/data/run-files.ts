import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { and, eq, isNull, type SQL, sql } from "drizzle-orm";
import { getDb, type Queryable, selectRows } from "@/db";
import { runFiles } from "@/db/schema";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { getStorage, removeStored } from "@/lib/media/storage";
import { readRunFile } from "@/lib/runs/read-run-file";
import { type RunFileFormat, RunFileError, type RunFileRefusal, RUN_FILES_AT_ONCE, type RunReading } from "@/lib/runs/reading";
import { runFileSaid } from "@/lib/runs/refusal-words";
import { said } from "@/lib/i18n/said";
import { SAME_RUN_DISTANCE_SHARE, sameRun } from "@/lib/runs/same-run";
import { isEditable } from "@/lib/rules/log-dates";
import { toKm } from "@/lib/units";
import type { RunFromFileInput } from "@/lib/validation/run-files";
import { type Actor, isId } from "./actor";
import { assertRunner } from "./access";
import { insertAudited, recordAudit } from "./audit";
import { editableSession, type Saved, storeRun } from "./logs";
import { moveLadder } from "./ladder";
import { runnerCalendar } from "./runner-calendar";

/*
 * Runs from the runner's watch. A file is read (lib/runs), kept in the media store, and its numbers stored
 * as a pending row; the runner then adds what the watch cannot know (pain, effort) and it becomes a run
 * log, or it is added to the run they had typed by hand. The same file is one row however often it is
 * read, and a file that matches a typed run is never saved as a second run. Runner only, own rows only.
 */

export interface RunFileView extends Omit<RunReading, "format"> {
  id: string;
  format: RunFileFormat;
  fileName: string;
  /** The runner's calendar day the run started on, in their own time zone. */
  date: string;
  /** The run log it became, once saved. */
  sessionLogId: string | null;
}

const asView = (row: RunFileView & { startedAt: string | Date }): RunFileView => ({ ...row, startedAt: new Date(row.startedAt).toISOString() });

export type ReadOutcome =
  | { status: "read"; name: string; file: RunFileView }
  | { status: "known"; name: string; file: RunFileView }
  | { status: "refused"; name: string; refusal: RunFileRefusal };

/** A file's name as the runner sees it again: no path, no control characters, at most 200 characters. */
const displayName = (name: string) => (name.split(/[\\/]/).at(-1) ?? "").replace(/[\p{Cc}\p{Cf}]/gu, "").slice(0, 200);

/** Reads run files and keeps each new one as a pending run; a file read before is reported, not stored again. */
export async function readRunFiles(actor: Actor, files: { name: string; bytes: Uint8Array }[]): Promise<ReadOutcome[]> {
  assertRunner(actor);
  if (files.length === 0) throw new InvalidFieldError("files", runFileSaid("empty"));
  if (files.length > RUN_FILES_AT_ONCE) throw new InvalidFieldError("files", runFileSaid("count"));
  const outcomes: ReadOutcome[] = [];
  for (const file of files) outcomes.push(await readOne(actor, displayName(file.name), file.bytes));
  return outcomes;
}

async function readOne(actor: Actor, name: string, bytes: Uint8Array): Promise<ReadOutcome> {
  let reading: RunReading;
  try {
    reading = readRunFile(bytes);
  } catch (error) {
    if (error instanceof RunFileError) return { status: "refused", name, refusal: error.refusal };
    throw error;
  }
  const db = await getDb();
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  // The same file again, or another export of the same run (the watch's FIT and an app's GPX): same
  // distance within 5 % and a start within 30 minutes.
  const start = new Date(reading.startedAt).toISOString();
  const known = await fileWhere(db, actor.id, sql`(f.sha256 = ${sha256} or (f.started_at between ${start}::timestamptz - interval '30 minutes' and ${start}::timestamptz + interval '30 minutes'
    and abs(f.distance_km - ${reading.distanceKm}) <= ${reading.distanceKm * SAME_RUN_DISTANCE_SHARE}))`);
  if (known) return { status: "known", name, file: known };
  const key = `runs/${actor.id}/${randomUUID()}.${reading.format}`;
  const store = await getStorage();
  await store.put(key, Buffer.from(bytes), "application/octet-stream");
  const insert = db
    .insert(runFiles)
    .values({ runnerId: actor.id, sha256, format: reading.format, fileName: name, sizeBytes: bytes.length, storageKey: key, startedAt: new Date(reading.startedAt), distanceKm: reading.distanceKm, movingSeconds: reading.movingSeconds, elapsedSeconds: reading.elapsedSeconds, elevationGainM: reading.elevationGainM, avgHr: reading.avgHr, maxHr: reading.maxHr })
    .onConflictDoNothing({ target: [runFiles.runnerId, runFiles.sha256] })
    .returning({ id: runFiles.id });
  const id = await insertAudited(db, insert, actor, "run_file.read", "run_file", { format: reading.format }).catch(async (error: unknown) => {
    await removeStored([key]);
    throw error;
  });
  // The same file read at the same moment from a second tab: that one was kept, this copy is not.
  if (!id) await removeStored([key]);
  const file = await fileWhere(db, actor.id, id ? sql`f.id = ${id}` : sql`f.sha256 = ${sha256}`);
  return { status: id ? "read" : "known", name, file: file! };
}

/** One runner's files matching `condition`, newest run first, each with its day in the runner's own calendar. */
async function filesWhere(db: Queryable, runnerId: string, condition: SQL, lock = false): Promise<RunFileView[]> {
  const rows = await selectRows<RunFileView>(db, sql`
    select f.id, f.format, f.file_name as "fileName", f.started_at as "startedAt",
           (f.started_at at time zone rp.time_zone)::date::text as date, f.distance_km::float8 as "distanceKm",
           f.moving_seconds as "movingSeconds", f.elapsed_seconds as "elapsedSeconds", f.elevation_gain_m as "elevationGainM",
           f.avg_hr as "avgHr", f.max_hr as "maxHr", f.session_log_id as "sessionLogId"
    from run_files f join runner_profiles rp on rp.runner_id = f.runner_id
    where f.runner_id = ${runnerId} and ${condition}
    order by f.started_at desc
    ${lock ? sql`for update of f` : sql``}`);
  return rows.map(asView);
}

const fileWhere = async (db: Queryable, runnerId: string, condition: SQL, lock = false) => (await filesWhere(db, runnerId, condition, lock))[0] ?? null;

/** The runner's files read but not yet saved, newest run first. */
export async function listPendingRunFiles(actor: Actor): Promise<RunFileView[]> {
  assertRunner(actor);
  return filesWhere(await getDb(), actor.id, sql`f.session_log_id is null`);
}

export interface TypedRun {
  id: string;
  date: string;
  distanceKm: number;
  durationMinutes: number;
  editable: boolean;
}

/** One of the runner's files, with the run they typed by hand that it matches (same day, distance within 5 %). */
export async function getRunFile(actor: Actor, id: string): Promise<{ file: RunFileView; match: TypedRun | null } | null> {
  if (actor.role !== "runner" || !isId(id)) return null;
  const db = await getDb();
  const file = await fileWhere(db, actor.id, sql`f.id = ${id}`);
  if (!file) return null;
  return { file, match: file.sessionLogId ? null : await typedRunMatching(db, actor.id, file) };
}

async function typedRunMatching(db: Queryable, runnerId: string, file: RunFileView): Promise<TypedRun | null> {
  const runs = await selectRows<Omit<TypedRun, "editable">>(db, sql`
    select l.id, l.date::text as date, l.distance_km::float8 as "distanceKm", l.duration_minutes as "durationMinutes"
    from session_logs l
    where l.runner_id = ${runnerId} and l.kind = 'run' and l.date = ${file.date}::date
      and not exists (select 1 from run_files f where f.session_log_id = l.id)
    order by l.created_at`);
  const match = runs.find((run) => sameRun(run, file));
  if (!match) return null;
  return { ...match, editable: isEditable(match.date, await runnerCalendar(db, runnerId)) };
}

/** The runner's file saved as a new run with their pain and effort; the watch's numbers are the run's. */
export async function saveRunFromFile(actor: Actor, input: RunFromFileInput): Promise<Saved> {
  assertRunner(actor);
  if (!isId(input.runFileId)) throw new NotFoundError("Run file");
  const db = await getDb();
  const saved = await db.transaction(async (tx) => {
    // Locked, so two sends of the same file with different forms cannot both become runs.
    const file = await fileWhere(tx, actor.id, sql`f.id = ${input.runFileId}`, true);
    if (!file) throw new NotFoundError("Run file");
    if (file.sessionLogId) return { id: file.sessionLogId, duplicate: true };
    if (await typedRunMatching(tx, actor.id, file)) throw new InvalidFieldError("runFileId", said("runFile.typedAlready"));
    const { runFileId, ...answers } = input;
    const run = { ...answers, date: file.date, distanceKm: toKm(file.distanceKm, "km"), durationMinutes: movingMinutes(file.movingSeconds) };
    return storeRun(tx, actor, run, runFileId);
  });
  if (!saved.duplicate) await moveLadder(actor.id);
  return saved;
}

/** The file added to the run the runner typed by hand: the watch's distance and moving time replace the typed ones. */
export async function addRunFileToRun(actor: Actor, fileId: string, runId: string): Promise<{ id: string }> {
  assertRunner(actor);
  if (!isId(fileId) || !isId(runId)) throw new NotFoundError("Run file");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const file = await fileWhere(tx, actor.id, sql`f.id = ${fileId}`, true);
    if (!file) throw new NotFoundError("Run file");
    if (file.sessionLogId === runId) return;
    if (file.sessionLogId) throw new InvalidFieldError("runFileId", said("runFile.fileTaken"));
    const run = await editableSession(tx, actor, runId, await runnerCalendar(tx, actor.id));
    if (run.kind !== "run" || !sameRun({ distanceKm: run.distanceKm ?? 0, date: run.date }, file)) throw new NotFoundError("Run");
    await tx.execute(sql`update session_logs set distance_km = ${toKm(file.distanceKm, "km")}, duration_minutes = ${movingMinutes(file.movingSeconds)}, updated_at = now() where id = ${runId}`);
    await tx.execute(sql`update run_files set session_log_id = ${runId} where id = ${fileId}`);
    await recordAudit(tx, actor, "run.file_add", { type: "session_log", id: runId }, { before: { distanceKm: run.distanceKm, durationMinutes: run.durationMinutes } });
  });
  await moveLadder(actor.id);
  return { id: runId };
}

/** A file read but not wanted (the wrong run, a walk): the row and the stored file go. */
export async function discardRunFile(actor: Actor, fileId: string) {
  assertRunner(actor);
  if (!isId(fileId)) throw new NotFoundError("Run file");
  const db = await getDb();
  const key = await db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(runFiles)
      .where(and(eq(runFiles.id, fileId), eq(runFiles.runnerId, actor.id), isNull(runFiles.sessionLogId)))
      .returning({ id: runFiles.id, key: runFiles.storageKey });
    if (!gone) throw new NotFoundError("Run file");
    await recordAudit(tx, actor, "run_file.discard", { type: "run_file", id: gone.id });
    return gone.key;
  });
  await removeStored([key]);
}

/** Session load is effort times minutes moving: a stop at the lights is not training. */
const movingMinutes = (seconds: number) => Math.max(1, Math.round(seconds / 60));

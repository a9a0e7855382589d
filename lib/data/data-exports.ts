import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { strToU8, zipSync, type Zippable } from "fflate";
import { getDb } from "@/db";
import { dataExports, runFiles, users } from "@/db/schema";
import { enqueue, QUEUES } from "@/lib/jobs/queue";
import { getStorage } from "@/lib/media/storage";
import { NotFoundError } from "@/lib/errors";
import { assertMayRead } from "./access";
import { type Actor, isId } from "./actor";
import { recordAudit } from "./audit";
import { columnsOf, recordsAbout } from "./data-records";
import { readme } from "./data-readme";
import { runnerLogsCsv } from "./exports";
import { runnerFhirBundle } from "./fhir";

/*
 * "Download my data" (the runner's right of access): one zip of every record about them, the FHIR bundle,
 * the CSV and their run files. A runner asks for their own; a clinician caring for them may produce the
 * same on request. The job queue builds it (a long history takes a while), the requester is emailed when it
 * is ready, and it can be downloaded by the one who asked for seven days, then it is removed. Each step is
 * in the audit trail.
 */
export const ARCHIVE_DAYS = 7;

export interface DataExportView {
  id: string;
  requestedAt: Date;
  readyAt: Date | null;
  expiresAt: Date | null;
  sizeBytes: number | null;
  state: "preparing" | "ready" | "expired";
}

/** Asks for an archive; a second ask while one is being prepared is the same ask. */
export async function requestDataExport(actor: Actor, runnerId: string): Promise<{ id: string }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertMayRead(tx, actor, runnerId);
    // One request at a time per requester and runner: the lock makes a double tap wait, then find the first.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`data-export:${actor.id}:${runnerId}`}, 0))`);
    const [pending] = await tx
      .select({ id: dataExports.id })
      .from(dataExports)
      .where(and(eq(dataExports.runnerId, runnerId), eq(dataExports.requestedBy, actor.id), isNull(dataExports.readyAt)));
    if (pending) return pending;
    const [created] = await tx.insert(dataExports).values({ runnerId, requestedBy: actor.id }).returning({ id: dataExports.id });
    await enqueue(tx, QUEUES.dataExport, { exportId: created!.id }, { singletonKey: created!.id });
    await recordAudit(tx, actor, "data_export.request", { type: "data_export", id: created!.id }, {}, { runnerId });
    return created!;
  });
}

/** The archives the actor asked for about this runner, newest first. */
export async function listDataExports(actor: Actor, runnerId: string): Promise<DataExportView[]> {
  const db = await getDb();
  await assertMayRead(db, actor, runnerId);
  const rows = await db
    .select()
    .from(dataExports)
    .where(and(eq(dataExports.runnerId, runnerId), eq(dataExports.requestedBy, actor.id)))
    .orderBy(desc(dataExports.requestedAt))
    .limit(10);
  return rows.map((row) => ({ id: row.id, requestedAt: row.requestedAt, readyAt: row.readyAt, expiresAt: row.expiresAt, sizeBytes: row.sizeBytes, state: stateOf(row) }));
}

const stateOf = (row: { readyAt: Date | null; expiresAt: Date | null; removedAt: Date | null }, at = new Date()) =>
  !row.readyAt ? "preparing" : row.removedAt || (row.expiresAt && row.expiresAt <= at) ? "expired" : "ready";

/** The archive's bytes for the one who asked for it, while it lasts; anyone else, or an unknown id, is "not found". */
export async function openDataExport(actor: Actor, exportId: string): Promise<{ body: ReadableStream<Uint8Array>; length: number; filename: string } | "expired"> {
  if (!isId(exportId)) throw new NotFoundError("Archive");
  const db = await getDb();
  const [row] = await db.select().from(dataExports).where(and(eq(dataExports.id, exportId), eq(dataExports.requestedBy, actor.id)));
  if (!row?.readyAt) throw new NotFoundError("Archive");
  await assertMayRead(db, actor, row.runnerId, "Archive");
  if (stateOf(row) === "expired" || !row.storageKey) return "expired";
  const stored = await (await getStorage()).get(row.storageKey);
  if (!stored) return "expired";
  await recordAudit(db, actor, "data_export.download", { type: "data_export", id: row.id }, {}, { runnerId: row.runnerId });
  return { body: stored.body, length: stored.length, filename: `strideback-data-${row.readyAt.toISOString().slice(0, 10)}.zip` };
}

/**
 * Builds one archive (the job's work; it acts for nobody, and reads the record as its runner would).
 * Answers who to tell, or null when there is nothing to do (built already, or not a request).
 */
export async function buildDataExport(exportId: string): Promise<{ requestedBy: string; runnerId: string; expiresAt: Date } | null> {
  const db = await getDb();
  const [request] = await db
    .select({ runnerId: dataExports.runnerId, requestedBy: dataExports.requestedBy, name: users.name, clinicId: users.clinicId, locale: users.locale })
    .from(dataExports)
    .innerJoin(users, eq(users.id, dataExports.runnerId))
    .where(and(eq(dataExports.id, exportId), isNull(dataExports.readyAt)));
  if (!request) return null;
  const at = new Date();
  const runner: Actor = { id: request.runnerId, role: "runner", clinicId: request.clinicId };
  const records = await recordsAbout(db, request.runnerId);
  const tables = await columnsOf(db, Object.keys(records));
  const [{ csv }, { bundle }] = await Promise.all([runnerLogsCsv(runner, request.runnerId), runnerFhirBundle(runner, request.runnerId)]);
  const files = await runFilesOf(request.runnerId);
  const counts = Object.fromEntries(Object.entries(records).map(([table, rows]) => [table, rows.length]));
  const entries: Zippable = {
    // The archive is the runner's record, addressed to them: its README is in their language, whoever asked.
    "README.md": strToU8(readme({ name: request.name, at, tables, counts, files: Object.keys(files) }, request.locale)),
    "fhir-bundle.json": strToU8(JSON.stringify(bundle, null, 2)),
    "logs.csv": strToU8(csv),
    ...Object.fromEntries(Object.entries(records).map(([table, rows]) => [`records/${table}.json`, strToU8(JSON.stringify(rows, null, 2))])),
    // Watch files are compressed already, or nearly so: stored as they are.
    ...Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [bytes, { level: 0 }]])),
  };
  const zip = zipSync(entries, { level: 6, mtime: at });
  const key = `exports/${request.runnerId}/${exportId}.zip`;
  await (await getStorage()).put(key, Buffer.from(zip), "application/zip");
  const expiresAt = new Date(at.getTime() + ARCHIVE_DAYS * 86_400_000);
  await db.transaction(async (tx) => {
    await tx.update(dataExports).set({ readyAt: at, expiresAt, storageKey: key, sizeBytes: zip.byteLength }).where(and(eq(dataExports.id, exportId), isNull(dataExports.readyAt)));
    await recordAudit(tx, null, "data_export.ready", { type: "data_export", id: exportId }, { bytes: zip.byteLength, tables: Object.keys(records).length, files: Object.keys(files).length }, { runnerId: request.runnerId, clinicOf: request.runnerId });
  });
  return { requestedBy: request.requestedBy, runnerId: request.runnerId, expiresAt };
}

/** The runner's watch files, named by run date and original name, for files/ in the archive. */
async function runFilesOf(runnerId: string): Promise<Record<string, Uint8Array>> {
  const db = await getDb();
  const rows = await db.select({ id: runFiles.id, key: runFiles.storageKey, name: runFiles.fileName, format: runFiles.format, startedAt: runFiles.startedAt }).from(runFiles).where(eq(runFiles.runnerId, runnerId));
  const store = await getStorage();
  const out: Record<string, Uint8Array> = {};
  for (const row of rows) {
    const stored = await store.get(row.key);
    if (!stored) continue;
    const base = (row.name || row.id).replace(/\.[a-z]+$/i, "").replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 80);
    out[`files/run-files/${row.startedAt.toISOString().slice(0, 10)}-${base}-${row.id.slice(0, 8)}.${row.format}`] = new Uint8Array(await new Response(stored.body).arrayBuffer());
  }
  return out;
}

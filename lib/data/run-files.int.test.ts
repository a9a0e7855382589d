import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb } from "@/db";
import { auditLog, runFiles, sessionLogs } from "@/db/schema";
import { today } from "@/lib/dates";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { buildExport } from "@/lib/export/files";
import { actorOf, createCaseload } from "@/testing/factories";
import { fitFile, gpxFile, route, routeCoordinates, tcxFile } from "@/testing/run-files";
import { listHistory } from "./history";
import { listCaseload } from "./roster";
import { createRunLog, deleteEntry } from "./logs";
import { addRunFileToRun, discardRunFile, getRunFile, readRunFiles, saveRunFromFile } from "./run-files";

const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "strideback-runs-"));
let db: Db;
beforeAll(async () => {
  process.env.STRIDEBACK_MEDIA_DIR = mediaDir;
  db = await getDb();
});
afterAll(() => fs.rmSync(mediaDir, { recursive: true, force: true }));

/** A run that started just after midnight today in the runner's zone (UTC in these tests). */
const todaysRoute = (options: { points?: number } = {}) => {
  const start = new Date(`${today()}T00:05:00Z`).getTime() + Math.random() * 60_000;
  return route({ points: options.points ?? 400, startedAt: new Date(start).toISOString() });
};
const answers = (runFileId: string) => ({ runFileId, clientId: randomUUID(), rpe: 5, painDuring: 2, painAfter: 3, notes: "" });
const text = (s: string) => new TextEncoder().encode(s);
const storedFiles = (runnerId: string) => (fs.existsSync(path.join(mediaDir, "runs", runnerId)) ? fs.readdirSync(path.join(mediaDir, "runs", runnerId)) : []);
const runsOf = async (runnerId: string) => db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runnerId));

async function newRunner() {
  const { runner, clinician } = await createCaseload(db);
  return { runner, clinician, actor: actorOf(runner) };
}

describe("reading run files", () => {
  it("keeps a FIT file's numbers and the file, and reading it again stores nothing new", async () => {
    const { runner, actor } = await newRunner();
    const r = todaysRoute();
    const bytes = fitFile(r);
    const [first] = await readRunFiles(actor, [{ name: "C:\\Garmin\\Morning Run.fit", bytes }]);
    expect(first!.status).toBe("read");
    if (first!.status === "refused") throw new Error("refused");
    expect(first!.file.fileName).toBe("Morning Run.fit");
    expect(first!.file.date).toBe(today());
    expect(Math.abs(first!.file.distanceKm - r.expected.distanceKm)).toBeLessThan(r.expected.distanceKm * 0.01);
    expect(first!.file.movingSeconds).toBe(r.expected.movingSeconds);
    expect(first!.file.maxHr).toBe(r.expected.maxHr);
    expect(storedFiles(runner.id)).toHaveLength(1);
    const [again] = await readRunFiles(actor, [{ name: "Morning Run.fit", bytes }]);
    expect(again).toMatchObject({ status: "known", file: { id: first!.file.id } });
    // The same run exported again as GPX (another app, the same morning): recognised, not a second run.
    const [gpx] = await readRunFiles(actor, [{ name: "strava.gpx", bytes: text(gpxFile(r)) }]);
    expect(gpx).toMatchObject({ status: "known", file: { id: first!.file.id } });
    expect(await db.select().from(runFiles).where(eq(runFiles.runnerId, runner.id))).toHaveLength(1);
    expect(storedFiles(runner.id)).toHaveLength(1);
  });

  it("refuses a bad file beside the good ones and stores nothing for it", async () => {
    const { runner, actor } = await newRunner();
    const fit = fitFile(todaysRoute());
    const outcomes = await readRunFiles(actor, [
      { name: "cut.fit", bytes: fit.slice(0, 100) },
      { name: "empty.gpx", bytes: new Uint8Array() },
      { name: "notes.txt", bytes: text("ran 5k, felt fine") },
      { name: "run.tcx", bytes: text(tcxFile(todaysRoute())) },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["refused", "refused", "refused", "read"]);
    expect(outcomes[0]).toMatchObject({ refusal: "damaged" });
    expect(outcomes[1]).toMatchObject({ refusal: "empty" });
    expect(outcomes[2]).toMatchObject({ refusal: "type" });
    expect(await db.select().from(runFiles).where(eq(runFiles.runnerId, runner.id))).toHaveLength(1);
    expect(storedFiles(runner.id)).toHaveLength(1);
    await expect(readRunFiles(actor, [])).rejects.toThrow(InvalidFieldError);
  });

  it("is the runner's own: a clinician cannot read files in, and another runner's file is not found", async () => {
    const { actor, clinician } = await newRunner();
    const other = await newRunner();
    await expect(readRunFiles(actorOf(clinician), [{ name: "x.fit", bytes: fitFile() }])).rejects.toThrow();
    const [read] = await readRunFiles(actor, [{ name: "x.fit", bytes: fitFile(todaysRoute()) }]);
    if (read!.status === "refused") throw new Error("refused");
    expect(await getRunFile(other.actor, read!.file.id)).toBeNull();
    await expect(saveRunFromFile(other.actor, answers(read!.file.id))).rejects.toThrow(NotFoundError);
    await expect(discardRunFile(other.actor, read!.file.id)).rejects.toThrow(NotFoundError);
    const othersRun = await createRunLog(other.actor, { clientId: randomUUID(), date: today(), distanceKm: 5, durationMinutes: 30, rpe: 3, painDuring: 1, painAfter: 1, notes: "" });
    await expect(addRunFileToRun(other.actor, read!.file.id, othersRun.id)).rejects.toThrow(NotFoundError);
    // Nor may the owner add their file to someone else's run.
    await expect(addRunFileToRun(actor, read!.file.id, othersRun.id)).rejects.toThrow(NotFoundError);
    expect(await getRunFile(actor, read!.file.id)).toMatchObject({ file: { sessionLogId: null } });
  });
});

describe("saving a run from a file", () => {
  it("stores one run with the watch's distance and moving time, whatever the form sends twice", async () => {
    const { runner, actor } = await newRunner();
    const r = todaysRoute();
    const [read] = await readRunFiles(actor, [{ name: "run.fit", bytes: fitFile(r) }]);
    if (read!.status === "refused") throw new Error("refused");
    const input = answers(read!.file.id);
    const saved = await saveRunFromFile(actor, input);
    expect(saved.duplicate).toBe(false);
    expect(await saveRunFromFile(actor, input)).toMatchObject({ id: saved.id, duplicate: true });
    // Another form for the same file (a second tab): still the one run.
    expect(await saveRunFromFile(actor, { ...input, clientId: randomUUID() })).toMatchObject({ id: saved.id, duplicate: true });
    const runs = await runsOf(runner.id);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ kind: "run", date: today(), painAfter: 3, rpe: 5, durationMinutes: Math.round(r.expected.movingSeconds / 60), distanceKm: Math.round(r.expected.distanceKm * 100) / 100 });
    const [history] = await listHistory(actor, runner.id, today());
    expect(history).toMatchObject({ type: "session", measured: { movingSeconds: r.expected.movingSeconds, maxHr: r.expected.maxHr } });
    const actions = (await db.select().from(auditLog).where(eq(auditLog.runnerId, runner.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["run_file.read", "run.create"]));
  });

  it("offers the run typed by hand instead, and adding the file keeps one run with the watch's numbers", async () => {
    const { runner, clinician, actor } = await newRunner();
    const lastRunOnRoster = async () => (await listCaseload(actorOf(clinician))).find((row) => row.runnerId === runner.id)!.lastRun;
    const r = todaysRoute();
    const typedKm = Math.round(r.expected.distanceKm * 10) / 10;
    const typed = await createRunLog(actor, { clientId: randomUUID(), date: today(), distanceKm: typedKm, durationMinutes: 40, rpe: 4, painDuring: 1, painAfter: 2, notes: "easy" });
    const [read] = await readRunFiles(actor, [{ name: "run.gpx", bytes: text(gpxFile(r)) }]);
    if (read!.status === "refused") throw new Error("refused");
    const found = await getRunFile(actor, read!.file.id);
    expect(found!.match).toMatchObject({ id: typed.id, editable: true });
    expect(await lastRunOnRoster()).toEqual({ date: today(), distanceKm: typedKm, seconds: 40 * 60, fromWatch: false });
    await expect(saveRunFromFile(actor, answers(read!.file.id))).rejects.toThrow(InvalidFieldError);
    await addRunFileToRun(actor, read!.file.id, typed.id);
    const runs = await runsOf(runner.id);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ id: typed.id, notes: "easy", painAfter: 2, durationMinutes: Math.round(r.expected.movingSeconds / 60) });
    expect((await getRunFile(actor, read!.file.id))!.file.sessionLogId).toBe(typed.id);
    // The roster's summary follows at once: the same run, now with the moving time the watch measured.
    expect(await lastRunOnRoster()).toMatchObject({ date: today(), seconds: r.expected.movingSeconds, fromWatch: true });
  });

  it("deleting the run deletes its file; discarding a file read by mistake leaves nothing", async () => {
    const { runner, actor } = await newRunner();
    const [read, mistake] = await readRunFiles(actor, [
      { name: "run.fit", bytes: fitFile(todaysRoute()) },
      { name: "walk.tcx", bytes: text(tcxFile(route({ startedAt: `${today()}T00:01:00Z`, points: 100, stoppedPoints: 0 }))) },
    ]);
    if (read!.status === "refused" || mistake!.status === "refused") throw new Error("refused");
    expect(storedFiles(runner.id)).toHaveLength(2);
    await discardRunFile(actor, mistake!.file.id);
    expect(storedFiles(runner.id)).toHaveLength(1);
    const saved = await saveRunFromFile(actor, answers(read!.file.id));
    await expect(discardRunFile(actor, read!.file.id)).rejects.toThrow(NotFoundError);
    await deleteEntry(actor, "session", saved.id);
    expect(storedFiles(runner.id)).toHaveLength(0);
    expect(await db.select().from(runFiles).where(eq(runFiles.runnerId, runner.id))).toHaveLength(0);
  });

  it("keeps the route out of the clinician's exports", async () => {
    const { runner, clinician, actor } = await newRunner();
    const r = todaysRoute();
    const [read] = await readRunFiles(actor, [{ name: "run.gpx", bytes: text(gpxFile(r)) }]);
    if (read!.status === "refused") throw new Error("refused");
    await saveRunFromFile(actor, answers(read!.file.id));
    const [lat, lon] = routeCoordinates(r);
    for (const file of ["logs.csv", "fhir.json"] as const) {
      const exported = await buildExport(actorOf(clinician), runner.id, file);
      const body = typeof exported.body === "string" ? exported.body : new TextDecoder().decode(exported.body);
      // The run is in the export: its date (FHIR's pain observations) and, in the CSV, its distance.
      expect(body).toContain(today());
      if (file === "logs.csv") expect(body).toContain(String(Math.round(r.expected.distanceKm * 100) / 100));
      expect(body).not.toContain(lat!);
      expect(body).not.toContain(lon!);
    }
    const stored = await db.select().from(runFiles).where(eq(runFiles.runnerId, runner.id));
    expect(JSON.stringify(stored)).not.toContain(lat!);
  });
});

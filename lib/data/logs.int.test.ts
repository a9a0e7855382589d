import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/db";
import { auditLog, exerciseResults, morningCheckins, runnerProfiles, sessionLogs, redFlagReports } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { actorOf, createActivePlan, createCaseload, createExercise, type TestUser } from "@/testing/factories";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { createRunLog, createSessionLog, deleteEntry, updateRunLog } from "./logs";
import { listHistory } from "./history";
import { saveCheckin } from "./checkins";

let db: Db;
let runner: TestUser;
let other: TestUser;
let prescriptionIds: string[];
let othersPrescriptionId: string;

const run = (overrides: Partial<Parameters<typeof createRunLog>[1]> = {}) => ({
  clientId: randomUUID(),
  date: today(),
  distanceKm: 5,
  durationMinutes: 30,
  rpe: 4,
  painDuring: 2,
  painAfter: 2,
  notes: "",
  ...overrides,
});

beforeAll(async () => {
  db = await getDb();
  const start = addDaysIso(today(), -30);
  const mine = await createCaseload(db);
  const theirs = await createCaseload(db);
  runner = mine.runner;
  other = theirs.runner;
  for (const r of [runner, other]) await db.update(runnerProfiles).set({ startDate: start }).where(eq(runnerProfiles.runnerId, r.id));
  const glide = await createExercise(db);
  const bridge = await createExercise(db, { category: "strength", painRule: "standard" });
  const plan = await createActivePlan(db, { runnerId: runner.id, clinicianId: mine.clinician.id, startDate: start, items: [{ exerciseId: glide.id }, { exerciseId: bridge.id }] });
  prescriptionIds = plan.prescriptions.map((p) => p.id);
  const otherPlan = await createActivePlan(db, { runnerId: other.id, clinicianId: theirs.clinician.id, startDate: start, items: [{ exerciseId: glide.id }] });
  othersPrescriptionId = otherPlan.prescriptions[0]!.id;
});

const countRuns = async (runnerId: string) => (await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runnerId))).length;

describe("logging a run", () => {
  it("stores one run for a repeated submit of the same form", async () => {
    const input = run();
    const first = await createRunLog(actorOf(runner), input);
    const again = await createRunLog(actorOf(runner), input);
    expect(again).toEqual({ id: first.id, duplicate: true, asksTear: false });
    expect(await db.select().from(sessionLogs).where(eq(sessionLogs.clientId, input.clientId))).toHaveLength(1);
  });

  it("stores one run when the same form arrives twice at once", async () => {
    const input = run();
    const results = await Promise.allSettled([createRunLog(actorOf(runner), input), createRunLog(actorOf(runner), input)]);
    const ids = results.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<{ id: string }>).value.id);
    expect(new Set(ids).size).toBe(1);
    expect(await db.select().from(sessionLogs).where(eq(sessionLogs.clientId, input.clientId))).toHaveLength(1);
  });

  it("refuses a future date and a date before the runner's start, storing nothing", async () => {
    const before = await countRuns(runner.id);
    await expect(createRunLog(actorOf(runner), run({ date: addDaysIso(today(), 1) }))).rejects.toThrow(InvalidFieldError);
    await expect(createRunLog(actorOf(runner), run({ date: addDaysIso(today(), -31) }))).rejects.toThrow(InvalidFieldError);
    expect(await countRuns(runner.id)).toBe(before);
  });

  it("is not available to a clinician", async () => {
    const clinician = { ...actorOf(runner), role: "clinician" as const };
    await expect(createRunLog(clinician, run())).rejects.toThrow(NotFoundError);
  });

  it("records the write in the audit log", async () => {
    const { id } = await createRunLog(actorOf(runner), run());
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.subjectId, id), eq(auditLog.action, "run.create")));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe(runner.id);
  });
});

describe("logging an exercise session", () => {
  const session = (results: { prescriptionId: string; done: boolean; painDuring?: number }[], painDuring?: number) => ({
    clientId: randomUUID(),
    painDuring,
    date: today(),
    durationMinutes: 20,
    rpe: 3,
    painAfter: 2,
    notes: "",
    results: results.map((r) => ({ ...r, sets: r.done ? 2 : undefined, reps: r.done ? 10 : undefined, holdSeconds: undefined })),
  });

  it("stores the session with one result per exercise, its pain during the worst exercise's", async () => {
    const { id } = await createSessionLog(actorOf(runner), session([
      { prescriptionId: prescriptionIds[0]!, done: true, painDuring: 1 },
      { prescriptionId: prescriptionIds[1]!, done: true, painDuring: 4 },
    ]));
    const [log] = await db.select().from(sessionLogs).where(eq(sessionLogs.id, id));
    expect(log!.painDuring).toBe(4);
    expect(await db.select().from(exerciseResults).where(eq(exerciseResults.sessionLogId, id))).toHaveLength(2);
  });

  it("refuses another runner's prescription and stores nothing", async () => {
    const before = await countRuns(runner.id);
    await expect(
      createSessionLog(actorOf(runner), session([{ prescriptionId: othersPrescriptionId, done: true, painDuring: 1 }])),
    ).rejects.toThrow(NotFoundError);
    expect(await countRuns(runner.id)).toBe(before);
  });

  it("asks for the session's pain during when an exercise done has no score of its own, and stores nothing", async () => {
    const before = await countRuns(runner.id);
    const refused = createSessionLog(actorOf(runner), session([{ prescriptionId: prescriptionIds[0]!, done: true }, { prescriptionId: prescriptionIds[1]!, done: true, painDuring: 1 }]));
    await expect(refused).rejects.toThrow(InvalidFieldError);
    await expect(refused).rejects.toMatchObject({ field: "painDuring" });
    expect(await countRuns(runner.id)).toBe(before);
  });

  it("takes the checklist's one score for the session, leaves the exercises unscored, and lets a worse exercise raise it", async () => {
    const { id } = await createSessionLog(actorOf(runner), session([{ prescriptionId: prescriptionIds[0]!, done: true }, { prescriptionId: prescriptionIds[1]!, done: false }], 2));
    const [log] = await db.select().from(sessionLogs).where(eq(sessionLogs.id, id));
    expect(log!.painDuring).toBe(2);
    const results = await db.select().from(exerciseResults).where(eq(exerciseResults.sessionLogId, id));
    expect(results.map((r) => [r.done, r.painDuring]).sort()).toEqual([[false, null], [true, null]]);

    const worse = await createSessionLog(actorOf(runner), session([{ prescriptionId: prescriptionIds[0]!, done: true, painDuring: 6 }], 2));
    const [raised] = await db.select().from(sessionLogs).where(eq(sessionLogs.id, worse.id));
    expect(raised!.painDuring).toBe(6);
  });
});

describe("morning check-ins", () => {
  it("keeps one per morning: a second one edits the first", async () => {
    const date = addDaysIso(today(), -2);
    const first = await saveCheckin(actorOf(runner), { clientId: randomUUID(), date, pain: 3, stiffness: 4 });
    const second = await saveCheckin(actorOf(runner), { clientId: randomUUID(), date, pain: 1, stiffness: 2 });
    expect(second.id).toBe(first.id);
    const rows = await db.select().from(morningCheckins).where(and(eq(morningCheckins.runnerId, runner.id), eq(morningCheckins.date, date)));
    expect(rows.map((r) => [r.pain, r.stiffness])).toEqual([[1, 2]]);
  });
});

describe("editing and deleting", () => {
  it("edits a recent run", async () => {
    const input = run();
    const { id } = await createRunLog(actorOf(runner), input);
    await updateRunLog(actorOf(runner), id, { ...input, distanceKm: 6.5 });
    const [row] = await db.select().from(sessionLogs).where(eq(sessionLogs.id, id));
    expect(row!.distanceKm).toBe(6.5);
  });

  it("keeps entries older than 7 days read-only", async () => {
    const input = run({ date: addDaysIso(today(), -8) });
    const { id } = await createRunLog(actorOf(runner), input);
    await expect(updateRunLog(actorOf(runner), id, { ...input, painDuring: 0 })).rejects.toThrow(InvalidFieldError);
    await expect(deleteEntry(actorOf(runner), "session", id)).rejects.toThrow(InvalidFieldError);
    expect(await db.select().from(sessionLogs).where(eq(sessionLogs.id, id))).toHaveLength(1);
  });

  it("cannot touch another runner's entry: not found, and it stays as it was", async () => {
    const input = run();
    const { id } = await createRunLog(actorOf(other), input);
    await expect(updateRunLog(actorOf(runner), id, { ...input, painDuring: 9 })).rejects.toThrow(NotFoundError);
    await expect(deleteEntry(actorOf(runner), "session", id)).rejects.toThrow(NotFoundError);
    const [row] = await db.select().from(sessionLogs).where(eq(sessionLogs.id, id));
    expect(row!.painDuring).toBe(2);
  });

  it("deletes a recent entry, and the history no longer shows it", async () => {
    const { id } = await createRunLog(actorOf(runner), run({ notes: "to delete" }));
    await deleteEntry(actorOf(runner), "session", id);
    const history = await listHistory(actorOf(runner), runner.id, addDaysIso(today(), -30));
    expect(history.some((e) => e.type === "session" && e.log.id === id)).toBe(false);
  });

  it("shows a runner only their own history, newest first", async () => {
    const history = await listHistory(actorOf(runner), runner.id, addDaysIso(today(), -30));
    expect(history.every((e) => (e.type === "session" ? e.log.runnerId : e.checkin.runnerId) === runner.id)).toBe(true);
    const dates = history.map((e) => e.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});

/** The default test runner has neural tension: this morning's check-in carries its red-flag screen. */
const noSigns = { asked: ["saddle-numbness", "foot-drop"], signs: [] };

describe("idempotent replies", () => {
  it("20 concurrent identical check-ins: 20 successes, one row, one audit row", async () => {
    const { runner: r } = await createCaseload(db);
    const checkin = { clientId: randomUUID(), date: today(), pain: 2, stiffness: 3, screen: noSigns };
    const replies = await Promise.allSettled(Array.from({ length: 20 }, () => saveCheckin(actorOf(r), checkin)));
    expect(replies.map((x) => x.status)).toEqual(Array(20).fill("fulfilled"));
    const ids = new Set(replies.map((x) => (x as PromiseFulfilledResult<{ id: string }>).value.id));
    expect(ids.size).toBe(1);
    expect(await db.select().from(morningCheckins).where(eq(morningCheckins.runnerId, r.id))).toHaveLength(1);
    expect(await db.select().from(auditLog).where(and(eq(auditLog.actorId, r.id), eq(auditLog.subjectId, [...ids][0]!)))).toHaveLength(1);
    // Its red-flag screen, stored with it, is stored once too.
    expect(await db.select().from(redFlagReports).where(eq(redFlagReports.runnerId, r.id))).toHaveLength(1);
  });

  it("a repeated run returns the first entry as success and writes no second audit row", async () => {
    const { runner: r } = await createCaseload(db);
    const input = run();
    const first = await createRunLog(actorOf(r), input);
    const again = await Promise.all(Array.from({ length: 5 }, () => createRunLog(actorOf(r), input)));
    expect(again.every((a) => a.id === first.id && a.duplicate)).toBe(true);
    expect(await db.select().from(auditLog).where(eq(auditLog.subjectId, first.id))).toHaveLength(1);
  });

  it("a second check-in for the same morning from a new form edits the first", async () => {
    const { runner: r } = await createCaseload(db);
    const first = await saveCheckin(actorOf(r), { clientId: randomUUID(), date: today(), pain: 2, stiffness: 3, screen: noSigns });
    const second = await saveCheckin(actorOf(r), { clientId: randomUUID(), date: today(), pain: 4, stiffness: 3, screen: noSigns });
    expect(second.id).toBe(first.id);
    const [row] = await db.select().from(morningCheckins).where(eq(morningCheckins.runnerId, r.id));
    expect(row!.pain).toBe(4);
  });
});

describe("a session cannot predate its plan", () => {
  it("refuses a session dated before the plan began, storing nothing", async () => {
    const mine = await createCaseload(db);
    await db.update(runnerProfiles).set({ startDate: addDaysIso(today(), -30) }).where(eq(runnerProfiles.runnerId, mine.runner.id));
    const exercise = await createExercise(db);
    const plan = await createActivePlan(db, { runnerId: mine.runner.id, clinicianId: mine.clinician.id, startDate: addDaysIso(today(), -5), items: [{ exerciseId: exercise.id }] });
    const input = { clientId: randomUUID(), date: addDaysIso(today(), -10), durationMinutes: 10, rpe: 3, painAfter: 1, notes: "", results: [{ prescriptionId: plan.prescriptions[0]!.id, done: true, painDuring: 1 }] };
    await expect(createSessionLog(actorOf(mine.runner), input)).rejects.toThrow(InvalidFieldError);
    expect(await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, mine.runner.id))).toHaveLength(0);
  });
});

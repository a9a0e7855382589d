import { say } from "@/lib/i18n/say";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb } from "@/db";
import { auditLog, exercises, ladderMoves, morningCheckins, planTemplates, planVersions, sessionLogs, templateItems } from "@/db/schema";
import { seedExerciseLibrary } from "@/lib/seed";
import { addDaysIso, today } from "@/lib/dates";
import { RETURN_TO_RUN_CHECKLIST } from "@/lib/rules/ladder";
import { actorOf, createCaseload, createRunnerInCare, createUser, type TestUser } from "@/testing/factories";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { getRunnerTriage } from "./roster";
import { clinicLadder, getLadder, saveClinicLadder, startLadder } from "./ladder";
import { createRunLog } from "./logs";
import { saveCheckin } from "./checkins";
import { activeVersionOn } from "./plan-in-force";
import { createPlan } from "./plans";
import { approveNextPhase, holdPhase, setSelfProgressing, stepBack } from "./progression";
import { getOwnSummary, listCaseload } from "./roster";

/*
 * Progression through the data layer on a real database (both engines): the criteria judged with the
 * roster's other summaries, the clinician's one tap (once, however often it is sent), a step back, a plan
 * that progresses by itself, and the walk-run ladder moved by green and red runs.
 */
let db: Db;
beforeAll(async () => {
  db = await getDb();
  await seedExerciseLibrary(db);
});
const pinned = process.env.STRIDEBACK_NOW;
afterEach(() => {
  if (pinned === undefined) delete process.env.STRIDEBACK_NOW;
  else process.env.STRIDEBACK_NOW = pinned;
});
const at = (date: string) => {
  process.env.STRIDEBACK_NOW = `${date}T12:00:00Z`;
};

async function nordicPlan(clinicId: string, clinician: TestUser, runner: TestUser, start: string) {
  const [nordic] = await db.select().from(exercises).where(eq(exercises.name, "Nordic hamstring exercise"));
  const [template] = await db.insert(planTemplates).values({ clinicId, name: `Nordic ${randomUUID()}` }).returning({ id: planTemplates.id });
  await db.insert(templateItems).values([1, 2, 3].map((phase) => ({ templateId: template!.id, phase, phaseLabel: `Week ${phase}`, phaseWeeks: phase < 3 ? 1 : null, exerciseId: nordic!.id, sets: 2, reps: 4 + phase, daysPerWeek: 1, position: 0 })));
  const item = { exerciseId: nordic!.id, sets: 2, reps: 5, daysPerWeek: 1, timesPerDay: 1, weekdays: [], notes: "" };
  return createPlan(actorOf(clinician), runner.id, { title: "Nordic", goal: "", startDate: start, changeNote: "", laterPhases: "keep", items: [item] }, template!.id);
}
async function run(runner: TestUser, date: string, painDuring: number, painAfter: number) {
  await db.insert(sessionLogs).values({ runnerId: runner.id, clientId: randomUUID(), kind: "run", date, durationMinutes: 30, rpe: 4, painDuring, painAfter, distanceKm: 5 });
}
async function mornings(runner: TestUser, from: string, to: string, pain = 1) {
  for (let d = from; d <= to; d = addDaysIso(d, 1)) await db.insert(morningCheckins).values({ runnerId: runner.id, clientId: randomUUID(), date: d, pain, stiffness: 1 });
}

async function readyRunner() {
  const { clinic, clinician } = await createCaseload(db);
  const now = today();
  const runner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, presentation: "tight_hamstrings", startDate: addDaysIso(now, -20), usualPain: 1 });
  const planId = await nordicPlan(clinic.id, clinician, runner, addDaysIso(now, -12));
  await mornings(runner, addDaysIso(now, -12), now);
  for (const day of [-6, -4, -2]) await run(runner, addDaysIso(now, day), 1, 1);
  return { clinic, clinician, runner, planId, now };
}

describe("the next phase, earned", () => {
  it("three green sessions with settled mornings put 'ready to progress' on the roster, ranked after amber and before plain green", async () => {
    const { clinician, runner } = await readyRunner();
    const row = (await listCaseload(actorOf(clinician))).find((r) => r.runnerId === runner.id)!;
    expect(row.progress!.judgement.verdict).toBe("ready");
    expect(row.triage).toMatchObject({ status: "green", rank: 5 });
    expect(say("en", row.triage.chips[0]!.says)).toMatch(/^ready to progress to Week 2: 3 green sessions with settled mornings since/);
    // The runner reads the same judgement: earned, waiting for the physio's word.
    expect((await getOwnSummary(actorOf(runner)))!.progress!.judgement.verdict).toBe("ready");
  });

  it("an approval posted twice at once starts the phase once, tomorrow, with one audit row and its evidence", async () => {
    const { clinician, runner, planId, now } = await readyRunner();
    const progress = (await getRunnerTriage(actorOf(clinician), runner.id))!.progress!;
    const next = progress.next!.versionId;
    const outcomes = await Promise.all([approveNextPhase(actorOf(clinician), planId, next, progress), approveNextPhase(actorOf(clinician), planId, next, progress)]);
    expect(outcomes.sort()).toEqual([false, true]);
    const begun = await db.select().from(planVersions).where(and(eq(planVersions.planId, planId), eq(planVersions.phase, 2), eq(planVersions.waiting, false)));
    expect(begun).toHaveLength(1);
    expect(begun[0]!.effectiveFrom).toBe(addDaysIso(now, 1));
    expect(begun[0]!.beganBecause).toMatch(/^Approved by .+: 3 green sessions with settled mornings since/);
    expect(await db.select().from(auditLog).where(and(eq(auditLog.action, "plan.phase_approve"), eq(auditLog.subjectId, planId)))).toHaveLength(1);
    expect((await activeVersionOn(db, runner.id, now))!.phase).toBe(1);
    expect((await activeVersionOn(db, runner.id, addDaysIso(now, 1)))!.phase).toBe(2);
    // The roster now says it begins tomorrow, and no longer proposes it.
    const row = (await listCaseload(actorOf(clinician))).find((r) => r.runnerId === runner.id)!;
    expect(row.progress!.judgement.verdict).toBe("starting");
    expect(row.triage.rank).toBe(6);
  });

  it("another clinic's clinician, and the runner, get 'not found' and change nothing", async () => {
    const { clinician, runner, planId } = await readyRunner();
    const other = await createCaseload(db);
    const next = (await getRunnerTriage(actorOf(clinician), runner.id))!.progress!.next!.versionId;
    for (const actor of [actorOf(other.clinician), actorOf(runner)]) {
      await expect(approveNextPhase(actor, planId, next, null)).rejects.toThrow(NotFoundError);
      await expect(holdPhase(actor, planId)).rejects.toThrow(NotFoundError);
      await expect(stepBack(actor, planId, next, null)).rejects.toThrow(NotFoundError);
      await expect(setSelfProgressing(actor, planId, true)).rejects.toThrow(NotFoundError);
      await expect(startLadder(actor, runner.id, { checklist: [...RETURN_TO_RUN_CHECKLIST], note: "" })).rejects.toThrow(NotFoundError);
    }
    expect(await db.select().from(planVersions).where(and(eq(planVersions.planId, planId), eq(planVersions.waiting, true)))).toHaveLength(2);
    expect((await getRunnerTriage(actorOf(other.clinician), runner.id))).toBeNull();
  });

  it("'Hold' stands until a session is logged after it", async () => {
    const { clinician, runner, planId, now } = await readyRunner();
    expect(await holdPhase(actorOf(clinician), planId)).toBe(true);
    expect(await holdPhase(actorOf(clinician), planId)).toBe(false);
    expect((await getRunnerTriage(actorOf(clinician), runner.id))!.progress!.judgement.verdict).toBe("held");
    at(addDaysIso(now, 1));
    await db.insert(morningCheckins).values({ runnerId: runner.id, clientId: randomUUID(), date: addDaysIso(now, 1), pain: 1, stiffness: 1 });
    await db.insert(morningCheckins).values({ runnerId: runner.id, clientId: randomUUID(), date: addDaysIso(now, 2), pain: 1, stiffness: 1 });
    await run(runner, addDaysIso(now, 1), 1, 1);
    at(addDaysIso(now, 2));
    expect((await getRunnerTriage(actorOf(clinician), runner.id))!.progress!.judgement.verdict).toBe("ready");
  });

  it("an amber session holds the next phase and says why; a provisional third waits for its morning", async () => {
    const { clinician, runner, now } = await readyRunner();
    await run(runner, now, 4, 1);
    const amber = (await getRunnerTriage(actorOf(clinician), runner.id))!.progress!.judgement;
    expect(amber.verdict).toBe("holding");
    expect(say("en", amber.needs[0]!)).toMatch(/^repeat this load: the session on .+ was amber$/);
  });

  it("two red sessions in a phase propose the previous one; stepping back doses it from tomorrow and leaves the phase waiting again", async () => {
    const { clinician, runner, planId, now } = await readyRunner();
    const v2 = (await db.select().from(planVersions).where(and(eq(planVersions.planId, planId), eq(planVersions.phase, 2))))[0]!;
    await db.update(planVersions).set({ waiting: false, effectiveFrom: addDaysIso(now, -5), beganBecause: "Approved" }).where(eq(planVersions.id, v2.id));
    await run(runner, addDaysIso(now, -3), 7, 7);
    await run(runner, addDaysIso(now, -1), 7, 7);
    const page = (await getRunnerTriage(actorOf(clinician), runner.id))!;
    expect(page.progress!.judgement.verdict).toBe("step-back");
    expect(page.triage.chips.map((c) => say("en", c.says))).toContain("2 red sessions in Week 2: step back to Week 1 proposed");
    expect(await stepBack(actorOf(clinician), planId, v2.id, page.progress)).toBe(true);
    expect(await stepBack(actorOf(clinician), planId, v2.id, page.progress)).toBe(false);
    const tomorrow = (await activeVersionOn(db, runner.id, addDaysIso(now, 1)))!;
    expect([tomorrow.phase, tomorrow.beganBecause]).toEqual([1, expect.stringMatching(/^Stepped back by .+: red sessions on /)]);
    const waiting = await db.select().from(planVersions).where(and(eq(planVersions.planId, planId), eq(planVersions.waiting, true)));
    expect(waiting.map((v) => v.phase).sort()).toEqual([2, 3]);
  });

  it("a self-progressing plan takes its next phase by itself when its runner is judged, and the runner reads 'unlocked'", async () => {
    const { clinician, runner, planId, now } = await readyRunner();
    await setSelfProgressing(actorOf(clinician), planId, true);
    const own = (await getOwnSummary(actorOf(runner)))!.progress!;
    expect(own.judgement.verdict).toBe("starting");
    expect(own.upcoming).toMatchObject({ name: "Week 2", from: addDaysIso(now, 1) });
    const [auto] = await db.select().from(auditLog).where(and(eq(auditLog.action, "plan.phase_auto"), eq(auditLog.subjectId, planId)));
    expect(auto!.actorId).toBeNull();
    expect((await activeVersionOn(db, runner.id, addDaysIso(now, 1)))!.beganBecause).toMatch(/^Began by itself: 3 green sessions/);
  });
});

describe("the walk-run ladder", () => {
  it("starts only with the checklist; two green runs with their mornings step up, a red one steps down, and an offline run keeps its day's step", async () => {
    at("2026-11-02");
    const { clinic, clinician } = await createCaseload(db);
    const runner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, presentation: "tight_hamstrings", startDate: "2026-10-01", usualPain: 1 });
    await expect(startLadder(actorOf(clinician), runner.id, { checklist: RETURN_TO_RUN_CHECKLIST.slice(0, 2), note: "" })).rejects.toThrow(InvalidFieldError);
    const id = await startLadder(actorOf(clinician), runner.id, { checklist: [...RETURN_TO_RUN_CHECKLIST], note: "H-test clear" });
    expect(await startLadder(actorOf(clinician), runner.id, { checklist: [...RETURN_TO_RUN_CHECKLIST], note: "" })).toBe(id);
    const me = actorOf(runner);
    const logRun = (date: string, pain: number) => createRunLog(me, { clientId: randomUUID(), date, distanceKm: 3, durationMinutes: 30, rpe: 3, painDuring: pain, painAfter: pain, notes: "", suddenPain: false });
    const checkIn = (date: string) => saveCheckin(me, { clientId: randomUUID(), date, pain: 1, stiffness: 1 });

    await checkIn("2026-11-02");
    await logRun("2026-11-02", 1);
    at("2026-11-03");
    await checkIn("2026-11-03");
    expect((await getLadder(me, runner.id))!.stepTomorrow).toBe(1);
    await logRun("2026-11-03", 1);
    at("2026-11-04");
    await checkIn("2026-11-04");
    const up = (await getLadder(actorOf(clinician), runner.id))!;
    expect([up.stepToday, up.stepTomorrow]).toEqual([1, 2]);

    at("2026-11-05");
    expect((await getLadder(me, runner.id))!.stepToday).toBe(2);
    await logRun("2026-11-05", 7);
    const down = (await getLadder(me, runner.id))!;
    expect([down.stepToday, down.stepTomorrow, down.decision.move]).toEqual([2, 1, "down"]);

    // Logged on the 6th for the 4th, when step 1 was in force: it counts at step 1.
    at("2026-11-06");
    await logRun("2026-11-04", 1);
    const steps = await db.select({ date: sessionLogs.date, step: sessionLogs.ladderStep }).from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id)).orderBy(sessionLogs.date);
    expect(steps).toEqual([
      { date: "2026-11-02", step: 1 },
      { date: "2026-11-03", step: 1 },
      { date: "2026-11-04", step: 1 },
      { date: "2026-11-05", step: 2 },
    ]);
    const moves = await db.select({ step: ladderMoves.step, from: ladderMoves.effectiveFrom, reason: ladderMoves.reason }).from(ladderMoves).where(eq(ladderMoves.ladderId, id)).orderBy(ladderMoves.effectiveFrom);
    expect(moves).toEqual([
      { step: 1, from: "2026-11-02", reason: "start" },
      { step: 2, from: "2026-11-05", reason: "up" },
      { step: 1, from: "2026-11-06", reason: "down" },
    ]);
  });

  it("a clinic keeps its own ladder (admins only); a runner starting after climbs it, one already on a ladder keeps theirs", async () => {
    const { clinic, clinician, runner } = await createCaseload(db);
    const admin = await createUser(db, { clinicId: clinic.id, role: "clinician", admin: true });
    await startLadder(actorOf(clinician), runner.id, { checklist: [...RETURN_TO_RUN_CHECKLIST], note: "" });
    const own = [
      { walkMinutes: 5, runMinutes: 1, repeats: 5 },
      { walkMinutes: 0, runMinutes: 15, repeats: 1 },
    ];
    await expect(saveClinicLadder(actorOf(clinician), own)).rejects.toThrow(NotFoundError);
    await saveClinicLadder(actorOf(admin), own);
    expect(await clinicLadder(actorOf(clinician))).toEqual({ steps: own, own: true });
    expect((await clinicLadder(actorOf((await createCaseload(db)).clinician))).own).toBe(false);
    const later = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id });
    await startLadder(actorOf(clinician), later.id, { checklist: [...RETURN_TO_RUN_CHECKLIST], note: "" });
    expect((await getLadder(actorOf(clinician), later.id))!.steps).toEqual(own);
    expect((await getLadder(actorOf(clinician), runner.id))!.steps).toHaveLength(6);
  });
});

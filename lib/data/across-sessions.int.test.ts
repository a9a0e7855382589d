import { say } from "@/lib/i18n/say";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb } from "@/db";
import { violatedConstraint } from "@/db/errors";
import { morningCheckins, redFlagReports, runnerTriage, sessionLogs } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { actorOf, createCaseload, createRunnerInCare, type TestUser } from "@/testing/factories";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { getRunnerTriage } from "./roster";
import { saveCheckin, updateCheckin } from "./checkins";
import { resolveRedFlag, reportWorry } from "./red-flags";
import { getProgressReport } from "./report";
import { getReviewItems, markReviewed } from "./review";
import { getOwnStatus, listCaseload } from "./roster";

/*
 * The rules across sessions through the data layer, on a real database: one judgement for the roster, the
 * runner's page, the runner's own today and the PDF report; the "reviewed" mark; worries and edits a
 * clinician must read; and a red flag that reaches the physio.
 */
let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const now = () => today();
async function logRun(runner: TestUser, date: string, painDuring: number, painAfter: number) {
  await db.insert(sessionLogs).values({ runnerId: runner.id, clientId: randomUUID(), kind: "run", date, durationMinutes: 30, rpe: 4, painDuring, painAfter, distanceKm: 5 });
}
async function checkin(runner: TestUser, date: string, pain: number) {
  await db.insert(morningCheckins).values({ runnerId: runner.id, clientId: randomUUID(), date, pain, stiffness: 1 });
}

describe("one judgement everywhere", () => {
  it("the roster, the runner's page, the runner's today and the PDF report agree on morning creep", async () => {
    const { clinic, clinician } = await createCaseload(db);
    const runner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, presentation: "tight_hamstrings", startDate: addDaysIso(now(), -30) });
    // Mornings 1, 2, 3, 4, 5 with a run at pain 2/2 each day: every run amber on its morning, none red.
    for (let i = 0; i < 5; i++) await checkin(runner, addDaysIso(now(), -4 + i), i + 1);
    for (let i = 0; i < 4; i++) await logRun(runner, addDaysIso(now(), -4 + i), 2, 2);

    // The runner's own view judges first, and keeps the summary: the roster then reads it as current.
    const own = await getOwnStatus(actorOf(runner));
    const [kept] = await db.select().from(runnerTriage).where(eq(runnerTriage.runnerId, runner.id));
    expect(kept!.computedVersion).toBe(kept!.version);
    const roster = (await listCaseload(actorOf(clinician))).find((r) => r.runnerId === runner.id)!;
    const page = await getRunnerTriage(actorOf(clinician), runner.id);
    const report = await getProgressReport(actorOf(clinician), runner.id);
    const ownReport = await getProgressReport(actorOf(runner), runner.id);
    expect(roster.triage).toMatchObject({ status: "amber", worsening: true, rank: 2 });
    expect(roster.triage.chips.map((c) => say("en", c.says))).toContain("morning pain rose after 4 sessions in a row");
    for (const other of [page!.triage, own, report.status, ownReport.status]) expect(other).toEqual(roster.triage);
    // Four runs in 5 days: too few in the window before to call a trend real, and the report says so.
    expect(say("en", report.pain.summary)).toMatch(/^Too few entries to judge a trend/);
  });

  it("a red run 8 days old with nothing since stands on the roster until a clinician marks the runner reviewed", async () => {
    const { clinic, clinician } = await createCaseload(db);
    const runner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, startDate: addDaysIso(now(), -30) });
    await logRun(runner, addDaysIso(now(), -8), 2, 8);
    await checkin(runner, now(), 1);
    const before = (await listCaseload(actorOf(clinician))).find((r) => r.runnerId === runner.id)!;
    expect(before.triage.status).toBe("red");

    const other = await createCaseload(db);
    await expect(markReviewed(actorOf(other.clinician), runner.id)).rejects.toThrow(NotFoundError);
    await expect(markReviewed(actorOf(runner), runner.id)).rejects.toThrow(NotFoundError);
    expect((await getRunnerTriage(actorOf(clinician), runner.id))!.triage.status).toBe("red");

    await markReviewed(actorOf(clinician), runner.id);
    const after = (await listCaseload(actorOf(clinician))).find((r) => r.runnerId === runner.id)!;
    expect(after.triage.status).not.toBe("red");
    expect((await getReviewItems(actorOf(clinician), runner.id)).reviewedBy).toBe(clinician.name);
  });
});

describe("what a clinician must read", () => {
  it("shows a worry in the runner's words and a lowered morning pain, and only to the runner's clinicians", async () => {
    const { clinic, clinician } = await createCaseload(db);
    // A presentation with no morning screen: the check-in below asks no red-flag questions.
    const runner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, presentation: "tight_hamstrings", startDate: addDaysIso(now(), -10) });
    const screen = { asked: ["saddle-numbness"], signs: [] };
    await reportWorry(actorOf(runner), { clientId: randomUUID(), screen, worry: "My calf feels odd after the glides" });
    await saveCheckin(actorOf(runner), { clientId: randomUUID(), date: now(), pain: 6, stiffness: 2 });
    const [row] = await db.select().from(morningCheckins).where(eq(morningCheckins.runnerId, runner.id));
    await updateCheckin(actorOf(runner), row!.id, { clientId: randomUUID(), date: now(), pain: 2, stiffness: 2 });

    const items = await getReviewItems(actorOf(clinician), runner.id);
    expect(items.worries.map((w) => w.text)).toEqual(["My calf feels odd after the glides"]);
    expect(items.edits).toMatchObject([{ field: "morning pain", before: 6, after: 2, entryDate: now() }]);
    const triage = (await getRunnerTriage(actorOf(clinician), runner.id))!.triage;
    expect(triage.chips.map((c) => say("en", c.says))).toContainEqual(expect.stringMatching(/^a worry to read, sent /));

    const other = await createCaseload(db);
    await expect(getReviewItems(actorOf(other.clinician), runner.id)).rejects.toThrow(NotFoundError);
    await markReviewed(actorOf(clinician), runner.id);
    expect((await getReviewItems(actorOf(clinician), runner.id)).worries).toEqual([]);
  });

  it("refuses a worry longer than the limit and stores nothing", async () => {
    const { runner } = await createCaseload(db);
    await expect(reportWorry(actorOf(runner), { clientId: randomUUID(), screen: { asked: ["saddle-numbness"], signs: [] }, worry: "x".repeat(2001) })).rejects.toThrow();
    expect(await db.select().from(redFlagReports).where(eq(redFlagReports.runnerId, runner.id))).toHaveLength(0);
  });
});

describe("closing an urgent flag", () => {
  it("needs a note for an emergency, in the data layer and in the database itself", async () => {
    const { clinician, runner } = await createCaseload(db);
    const flag = await reportWorry(actorOf(runner), { clientId: randomUUID(), screen: { asked: ["saddle-numbness"], signs: ["saddle-numbness"] } });
    await expect(resolveRedFlag(actorOf(clinician), flag.id, { resolution: "not-a-concern", note: null })).rejects.toThrow(InvalidFieldError);
    const write = db.update(redFlagReports).set({ resolution: "not-a-concern", resolvedBy: clinician.id, resolvedAt: new Date(), resolutionNote: " " }).where(eq(redFlagReports.id, flag.id));
    expect(await write.then(() => "stored", violatedConstraint)).toBe("red_flag_reports_urgent_close_noted");
    const [open] = await db.select().from(redFlagReports).where(eq(redFlagReports.id, flag.id));
    expect(open!.resolvedAt).toBeNull();
    // The alert was queued with the report: the runner is told so.
    expect(open!.alertQueuedAt).not.toBeNull();
    await resolveRedFlag(actorOf(clinician), flag.id, { resolution: "not-a-concern", note: "Saw him: numbness was from a tight saddle, resolved" });
  });

  it("closes a same-week tear flag without a note", async () => {
    const { clinician, runner } = await createCaseload(db);
    const flag = await reportWorry(actorOf(runner), { clientId: randomUUID(), screen: { asked: ["pop-bruising"], signs: ["pop-bruising"] } });
    await resolveRedFlag(actorOf(clinician), flag.id, { resolution: "seen-in-clinic", note: null });
  });
});

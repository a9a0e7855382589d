import { say } from "@/lib/i18n/say";
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb } from "@/db";
import { violatedConstraint } from "@/db/errors";
import { auditLog, morningCheckins, redFlagReports } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { actorOf, createCaseload, createRunnerInCare, createUser } from "@/testing/factories";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { listCaseload } from "./roster";
import { deleteEntry } from "./logs";
import { saveCheckin } from "./checkins";
import { getRedFlag, getRedFlags, reportWorry, resolveRedFlag } from "./red-flags";
import { dischargeRunner } from "./discharge";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const CAUDA = ["saddle-numbness", "bladder-bowel", "sexual-function", "both-legs"];
const NERVE = ["worsening-weakness", "foot-drop", "spreading-numbness"];
const worry = (signs: string[], asked = [...CAUDA, ...NERVE]) => ({ clientId: randomUUID(), screen: { asked, signs } });
const checkin = (screen?: { asked: string[]; signs: string[] }) => ({ clientId: randomUUID(), date: today(), pain: 4, stiffness: 3, screen });

describe("red flags", () => {
  it("puts a runner who reports saddle numbness at the top of the roster as urgent, above a red light, until a clinician records what was done", async () => {
    const { clinic, clinician, runner } = await createCaseload(db);
    const other = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, name: "Aaron First-by-name" });
    const saved = await saveCheckin(actorOf(runner), checkin({ asked: [...CAUDA, ...NERVE], signs: ["saddle-numbness"] }));
    expect(saved.screen).toMatchObject({ urgency: "emergency", duplicate: false });

    const roster = await listCaseload(actorOf(clinician));
    expect(roster.map((r) => r.runnerId)).toEqual([runner.id, other.id]);
    expect(roster[0]!.triage).toMatchObject({ status: "urgent", urgency: "emergency" });
    expect(say("en", roster[0]!.triage.chips[0]!.says)).toMatch(/^red flag: saddle numbness, reported \d\d:\d\d on /);

    await expect(resolveRedFlag(actorOf(clinician), saved.screen!.id, { resolution: "referred-emergency", note: "Sent to A&E, runner on the way" })).resolves.toEqual({ runnerId: runner.id });
    expect((await listCaseload(actorOf(clinician)))[0]!.triage.status).not.toBe("urgent");
    const [closed] = await getRedFlags(actorOf(runner), runner.id);
    expect(closed).toMatchObject({ resolution: "referred-emergency", resolutionNote: "Sent to A&E, runner on the way", resolvedBy: clinician.name });

    // Both steps are in the audit log; closing twice is refused and writes nothing.
    await expect(resolveRedFlag(actorOf(clinician), saved.screen!.id, { resolution: "called", note: null })).rejects.toThrow(InvalidFieldError);
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.subjectType, "red_flag_report"), eq(auditLog.subjectId, saved.screen!.id)));
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["red_flag.report", runner.id],
      ["red_flag.resolve", clinician.id],
    ]);
  });

  it("stores one flag and one audit row for ten concurrent sends of the same answer", async () => {
    const { runner } = await createCaseload(db);
    const answer = worry(["foot-drop"]);
    const replies = await Promise.allSettled(Array.from({ length: 10 }, () => reportWorry(actorOf(runner), answer)));
    expect(replies.every((r) => r.status === "fulfilled")).toBe(true);
    const ids = new Set(replies.map((r) => (r as PromiseFulfilledResult<{ id: string }>).value.id));
    expect(ids.size).toBe(1);
    const rows = await db.select().from(redFlagReports).where(eq(redFlagReports.runnerId, runner.id));
    expect(rows).toHaveLength(1);
    expect(await db.select().from(auditLog).where(eq(auditLog.subjectId, rows[0]!.id))).toHaveLength(1);
  });

  it("keeps a 'none of these' screen as the record that the runner was asked, without raising a flag", async () => {
    const { clinician, runner } = await createCaseload(db);
    const saved = await saveCheckin(actorOf(runner), checkin({ asked: [...CAUDA, ...NERVE], signs: [] }));
    expect(saved.screen).toMatchObject({ urgency: null });
    expect(await getRedFlags(actorOf(clinician), runner.id)).toEqual([]);
    expect((await listCaseload(actorOf(clinician)))[0]!.triage.status).not.toBe("urgent");
    const [row] = await db.select().from(redFlagReports).where(eq(redFlagReports.id, saved.screen!.id));
    expect(row).toMatchObject({ source: "checkin", signs: [], urgency: null });
  });

  it("refuses this morning's check-in without the screen its presentation needs, and stores nothing", async () => {
    const { runner } = await createCaseload(db); // neural tension: screened every morning
    await expect(saveCheckin(actorOf(runner), checkin())).rejects.toThrow(InvalidFieldError);
    expect(await db.select().from(morningCheckins).where(eq(morningCheckins.runnerId, runner.id))).toEqual([]);
    // A missed morning is not screened: the questions are about now.
    const { clinic, clinician } = await createCaseload(db);
    const late = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, startDate: addDaysIso(today(), -5) });
    await expect(saveCheckin(actorOf(late), { ...checkin(), date: addDaysIso(today(), -1) })).resolves.toMatchObject({ screen: null });
  });

  it("keeps the flag when the runner deletes the check-in it came with", async () => {
    const { runner } = await createCaseload(db);
    const saved = await saveCheckin(actorOf(runner), checkin({ asked: NERVE, signs: ["spreading-numbness"] }));
    await deleteEntry(actorOf(runner), "checkin", saved.id);
    const [row] = await db.select().from(redFlagReports).where(eq(redFlagReports.id, saved.screen!.id));
    expect(row).toMatchObject({ checkinId: null, urgency: "today", resolvedAt: null });
  });

  it("shows an open flag of a discharged runner on the roster: a discharge does not hide it", async () => {
    const { clinician, runner } = await createCaseload(db);
    await reportWorry(actorOf(runner), worry(["bladder-bowel"]));
    await dischargeRunner(actorOf(clinician), runner.id, { date: today(), reason: "Moved away" });
    expect((await listCaseload(actorOf(clinician))).map((r) => [r.runnerId, r.triage.status])).toEqual([[runner.id, "urgent"]]);
  });

  it("answers 'not found' to another runner, a colleague without the runner in care, and another clinic", async () => {
    const { clinic, clinician, runner } = await createCaseload(db);
    const flag = await reportWorry(actorOf(runner), worry(["both-legs"]));
    const colleague = await createUser(db, { clinicId: clinic.id, role: "clinician" });
    const otherRunner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id });
    const { clinician: stranger } = await createCaseload(db);
    for (const user of [otherRunner, colleague, stranger]) {
      expect(await getRedFlag(actorOf(user), flag.id)).toBeNull();
      expect(await getRedFlags(actorOf(user), runner.id)).toEqual([]);
    }
    for (const user of [colleague, stranger, otherRunner, runner]) {
      await expect(resolveRedFlag(actorOf(user), flag.id, { resolution: "not-a-concern", note: null })).rejects.toThrow(NotFoundError);
    }
    await expect(reportWorry(actorOf(clinician), worry(["both-legs"]))).rejects.toThrow(NotFoundError);
    const [row] = await db.select().from(redFlagReports).where(eq(redFlagReports.id, flag.id));
    expect(row!.resolvedAt).toBeNull();
    expect(await getRedFlag(actorOf(clinician), flag.id)).toMatchObject({ urgency: "emergency" });
  });

  it("is backed by the database: unknown signs, a yes that was not asked, and a half-recorded resolution are refused", async () => {
    const { runner } = await createCaseload(db);
    const base = { runnerId: runner.id, source: "worry" as const, reportedBy: runner.id };
    const attempts = [
      { ...base, clientId: randomUUID(), asked: ["made-up"], signs: [] },
      { ...base, clientId: randomUUID(), asked: ["foot-drop"], signs: ["saddle-numbness"], urgency: "emergency" as const },
      { ...base, clientId: randomUUID(), asked: ["foot-drop"], signs: ["foot-drop"] },
      { ...base, clientId: randomUUID(), asked: ["foot-drop"], signs: ["foot-drop"], urgency: "today" as const, resolution: "called" as const },
    ];
    const refused = [];
    for (const values of attempts) {
      try {
        await db.insert(redFlagReports).values(values);
        refused.push("stored");
      } catch (error) {
        refused.push(violatedConstraint(error));
      }
    }
    expect(refused).toEqual(["red_flag_reports_known_signs", "red_flag_reports_known_signs", "red_flag_reports_urgency_with_signs", "red_flag_reports_resolution_complete"]);
    expect(await db.select().from(redFlagReports).where(inArray(redFlagReports.clientId, attempts.map((a) => a.clientId)))).toEqual([]);
  });
});

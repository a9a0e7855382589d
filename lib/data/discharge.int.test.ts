import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb } from "@/db";
import { violatedConstraint } from "@/db/errors";
import { auditLog, plans, sessionLogs, users } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { actorOf, createActivePlan, createCaseload, createExercise } from "@/testing/factories";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { listCaseload } from "./roster";
import { createRunLog } from "./logs";
import { listHistory } from "./history";
import { dischargeRunner } from "./discharge";
import { getRunner, listDischarged, readmitRunner } from "./runners";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const run = () => ({ clientId: randomUUID(), date: today(), distanceKm: 5, durationMinutes: 30, rpe: 4, painDuring: 1, painAfter: 1, notes: "" });

describe("discharge and re-admission", () => {
  it("takes the runner off the active roster, ends the plan, keeps the history readable, and is audited", async () => {
    const { clinician, runner } = await createCaseload(db);
    const exercise = await createExercise(db);
    await createActivePlan(db, { runnerId: runner.id, clinicianId: clinician.id, items: [{ exerciseId: exercise.id }] });
    await createRunLog(actorOf(runner), run());

    await dischargeRunner(actorOf(clinician), runner.id, { date: today(), reason: "Back to full training" });
    expect((await listCaseload(actorOf(clinician))).map((r) => r.runnerId)).not.toContain(runner.id);
    expect(await listDischarged(actorOf(clinician))).toEqual([{ id: runner.id, name: runner.name, dischargedOn: today(), reason: "Back to full training" }]);
    expect((await db.select().from(plans).where(eq(plans.runnerId, runner.id))).map((p) => p.status)).toEqual(["ended"]);
    // The runner still reads their history, and can no longer log.
    expect(await listHistory(actorOf(runner), runner.id, addDaysIso(today(), -7))).toHaveLength(1);
    await expect(createRunLog(actorOf(runner), run())).rejects.toThrow(InvalidFieldError);

    await readmitRunner(actorOf(clinician), runner.id);
    expect((await listCaseload(actorOf(clinician))).map((r) => r.runnerId)).toContain(runner.id);
    expect((await getRunner(actorOf(clinician), runner.id))?.dischargedOn).toBeNull();
    await expect(createRunLog(actorOf(runner), run())).resolves.toMatchObject({ duplicate: false });
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.actorId, clinician.id), eq(auditLog.subjectId, runner.id)));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["runner.discharge", "runner.readmit"]));
  });

  it("refuses a future date, and another clinic's clinician gets not found, changing nothing", async () => {
    const { clinician, runner } = await createCaseload(db);
    const outsider = await createCaseload(db);
    await expect(dischargeRunner(actorOf(clinician), runner.id, { date: addDaysIso(today(), 1), reason: "x" })).rejects.toThrow(InvalidFieldError);
    await expect(dischargeRunner(actorOf(outsider.clinician), runner.id, { date: today(), reason: "x" })).rejects.toThrow(NotFoundError);
    await expect(readmitRunner(actorOf(outsider.clinician), runner.id)).rejects.toThrow(NotFoundError);
    await expect(dischargeRunner(actorOf(runner), runner.id, { date: today(), reason: "x" })).rejects.toThrow(NotFoundError);
    expect((await getRunner(actorOf(clinician), runner.id))?.dischargedOn).toBeNull();
  });
});

describe("deleting a user never deletes their clinical record", () => {
  it("is refused while the runner has logs, and the logs stay", async () => {
    const { runner } = await createCaseload(db);
    await createRunLog(actorOf(runner), run());
    let error: unknown;
    try {
      await db.delete(users).where(eq(users.id, runner.id));
    } catch (e) {
      error = e;
    }
    expect(violatedConstraint(error)).toMatch(/_runner_id_users_id_fk$/);
    expect(await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id))).toHaveLength(1);
  });
});

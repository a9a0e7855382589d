import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb } from "@/db";
import { auditLog, authSessions, users } from "@/db/schema";
import { dischargeRunner } from "@/lib/data/discharge";
import { actorOf, createCaseload, createUser } from "@/testing/factories";
import { today } from "@/lib/dates";
import { checkSession, openSession, revokeSession, revokeUserSessions } from "./session-rows";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const idleFor = (id: string, minutes: number) => db.update(authSessions).set({ lastSeenAt: sql`now() - make_interval(mins => ${minutes})` }).where(eq(authSessions.id, id));

describe("server-side sessions", () => {
  it("ends a session signed out, and audits the sign-in and the sign-out", async () => {
    const { runner } = await createCaseload(db);
    const sid = await openSession(runner.id);
    expect(await checkSession(sid)).toMatchObject({ userId: runner.id, role: "runner" });
    await revokeSession(sid, "sign-out");
    expect(await checkSession(sid)).toBeNull();
    const actions = (await db.select().from(auditLog).where(eq(auditLog.subjectId, sid))).map((a) => a.action);
    expect(actions).toEqual(["auth.sign_in", "auth.sign_out"]);
  });

  it("ends an idle clinician session after 30 minutes, and a runner's only after days", async () => {
    const { clinician, runner } = await createCaseload(db);
    const desk = await openSession(clinician.id);
    const phone = await openSession(runner.id);
    await idleFor(desk, 29);
    expect(await checkSession(desk)).not.toBeNull();
    await idleFor(desk, 31);
    await idleFor(phone, 31);
    expect(await checkSession(desk)).toBeNull();
    expect(await checkSession(phone)).not.toBeNull();
    const [row] = await db.select().from(authSessions).where(eq(authSessions.id, desk));
    expect(row!.revokedReason).toBe("idle");
  });

  it("reads role and clinic from the database, not the token", async () => {
    const { clinic, clinician } = await createCaseload(db);
    const sid = await openSession(clinician.id);
    const other = await createUser(db, { clinicId: clinic.id, role: "clinician" });
    const { clinic: moved } = await createCaseload(db);
    await db.update(users).set({ clinicId: moved.id }).where(eq(users.id, clinician.id));
    expect(await checkSession(sid)).toMatchObject({ clinicId: moved.id });
    expect(other.clinicId).toBe(clinic.id);
  });

  it("ends every session of a runner who is discharged, and all but the current one on a password change", async () => {
    const { clinician, runner } = await createCaseload(db);
    const [a, b] = [await openSession(runner.id), await openSession(runner.id)];
    await revokeUserSessions(db, runner.id, "password-change", a);
    expect(await checkSession(a)).not.toBeNull();
    expect(await checkSession(b)).toBeNull();
    await dischargeRunner(actorOf(clinician), runner.id, { date: today(), reason: "Goals met" });
    expect(await checkSession(a)).toBeNull();
  });

  it("refuses anything that is not a session id", async () => {
    for (const sid of [undefined, "", "x", "00000000-0000-0000-0000-000000000000", 42]) expect(await checkSession(sid)).toBeNull();
  });
});

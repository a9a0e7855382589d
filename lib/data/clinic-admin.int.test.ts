import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, selectRows, type Db } from "@/db";
import { accountTokens, auditLog, authSessions, careTeam, messages, users } from "@/db/schema";
import { linkTokenDigest } from "@/lib/auth/link-token";
import { openSession, checkSession } from "@/lib/auth/session-rows";
import { addDaysIso, today } from "@/lib/dates";
import { actorOf, createClinic, createRunnerInCare, createUser, type TestUser } from "@/testing/factories";
import { issueAccountToken } from "./account-tokens";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { assertInCare } from "./access";
import { deactivateClinician, inviteClinician, joinClinic, listColleagues, setAdminRight } from "./colleagues";
import { addCover, handOverCaseload, handOverRunner, removeEndedCovers } from "./handover";
import { checkPasswordReset, requestPasswordReset, resetPassword } from "./password-reset";
import { listCaseload } from "./roster";
import { issueSetupToken } from "./clinic";

/*
 * Running a clinic, on each engine: the admin right and its last holder, deactivation, handover and
 * cover, and the one-time links (hashed, single use however many redeem at once).
 */
let db: Db;
let admin: TestUser;
let maya: TestUser;
let sam: TestUser;
let strangerAdmin: TestUser;

beforeAll(async () => {
  db = await getDb();
  const clinic = await createClinic(db);
  admin = await createUser(db, { clinicId: clinic.id, role: "clinician", admin: true });
  maya = await createUser(db, { clinicId: clinic.id, role: "clinician" });
  sam = await createUser(db, { clinicId: clinic.id, role: "clinician" });
  const other = await createClinic(db);
  strangerAdmin = await createUser(db, { clinicId: other.id, role: "clinician", admin: true });
});

describe("the admin right", () => {
  it("cannot be taken from the last active admin, by the app or by a direct write", async () => {
    await expect(setAdminRight(actorOf(admin), admin.id, false)).rejects.toThrow(InvalidFieldError);
    await expect(db.update(users).set({ isAdmin: false }).where(eq(users.id, admin.id))).rejects.toThrow();
    await expect(db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, admin.id))).rejects.toThrow();
    const [row] = await db.select({ isAdmin: users.isAdmin, deactivatedAt: users.deactivatedAt }).from(users).where(eq(users.id, admin.id));
    expect(row).toEqual({ isAdmin: true, deactivatedAt: null });
  });

  it("passes on once a colleague holds it, and two admins removing each other at once leave one", async () => {
    const clinic = await createClinic(db);
    const a = await createUser(db, { clinicId: clinic.id, role: "clinician", admin: true });
    const b = await createUser(db, { clinicId: clinic.id, role: "clinician", admin: true });
    const results = await Promise.allSettled([setAdminRight(actorOf(a), b.id, false), setAdminRight(actorOf(b), a.id, false)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const admins = await db.select().from(users).where(and(eq(users.clinicId, clinic.id), eq(users.isAdmin, true)));
    expect(admins).toHaveLength(1);
  });

  it("is needed for every admin function, and another clinic's admin finds no one", async () => {
    await expect(listColleagues(actorOf(maya))).rejects.toThrow(NotFoundError);
    await expect(setAdminRight(actorOf(maya), maya.id, true)).rejects.toThrow(NotFoundError);
    await expect(deactivateClinician(actorOf(strangerAdmin), maya.id)).rejects.toThrow(NotFoundError);
    const [row] = await db.select({ isAdmin: users.isAdmin }).from(users).where(eq(users.id, maya.id));
    expect(row!.isAdmin).toBe(false);
  });
});

describe("colleagues", () => {
  it("an invite creates an account with no password and a hashed one-time link; joining sets the password once", async () => {
    const email = `colleague-${Date.now()}@test.example`;
    const { clinicianId } = await inviteClinician(actorOf(admin), { name: "New Colleague", email, admin: false });
    const { token } = await issueAccountToken(db, "clinician_invite", clinicianId, admin.id);
    const stored = await db.select().from(accountTokens).where(eq(accountTokens.userId, clinicianId));
    // The first link was revoked by the second; neither is stored in clear.
    expect(stored.map((t) => t.revokedAt != null).sort()).toEqual([false, true]);
    expect(stored.some((t) => t.tokenHash === token)).toBe(false);
    expect(stored.some((t) => t.tokenHash === linkTokenDigest(token))).toBe(true);
    expect((await joinClinic(token, "a-long-password-1")).status).toBe("valid");
    expect((await joinClinic(token, "a-long-password-2")).status).toBe("used");
  });

  it("deactivation ends the clinician's sessions at once and their runners wait for the admin as 'no clinician'", async () => {
    const clinic = await createClinic(db);
    const boss = await createUser(db, { clinicId: clinic.id, role: "clinician", admin: true });
    const leaver = await createUser(db, { clinicId: clinic.id, role: "clinician" });
    const runner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: leaver.id });
    const sid = await openSession(leaver.id);
    expect(await checkSession(sid)).not.toBeNull();
    await deactivateClinician(actorOf(boss), leaver.id);
    expect(await checkSession(sid)).toBeNull();
    await expect(assertInCare(db, actorOf(leaver), runner.id)).rejects.toThrow(NotFoundError);
    const roster = await listCaseload(actorOf(boss));
    expect(roster.find((r) => r.runnerId === runner.id)).toMatchObject({ noClinician: true });
    // The trail stays: the care-team row and the audit of the deactivation.
    expect(await db.select().from(careTeam).where(eq(careTeam.runnerId, runner.id))).toHaveLength(1);
    expect(await db.select().from(auditLog).where(and(eq(auditLog.action, "clinician.deactivate"), eq(auditLog.subjectId, leaver.id)))).toHaveLength(1);
  });
});

describe("handover and cover", () => {
  it("hands a runner over, tells them in their thread, and the old clinician no longer sees them", async () => {
    const runner = await createRunnerInCare(db, { clinicId: maya.clinicId, clinicianId: maya.id });
    await handOverRunner(actorOf(maya), runner.id, sam.id);
    await expect(assertInCare(db, actorOf(maya), runner.id)).rejects.toThrow(NotFoundError);
    await assertInCare(db, actorOf(sam), runner.id);
    const [told] = await db.select().from(messages).where(eq(messages.runnerId, runner.id));
    expect(told!.body).toContain(`your physio at`);
    expect(told!.body).toContain(sam.name);
  });

  it("tells a Spanish-speaking runner of the handover in Spanish, whoever hands over", async () => {
    const runner = await createRunnerInCare(db, { clinicId: maya.clinicId, clinicianId: maya.id });
    await db.update(users).set({ locale: "es" }).where(eq(users.id, runner.id));
    await handOverRunner(actorOf(maya), runner.id, sam.id);
    const [told] = await db.select().from(messages).where(eq(messages.runnerId, runner.id));
    expect(told!.body).toMatch(new RegExp(`^Desde hoy tu fisio en .+ es ${sam.name}\\. Puede ver tu plan`));
  });

  it("refuses to hand over to someone outside the clinic, changing nothing", async () => {
    const runner = await createRunnerInCare(db, { clinicId: maya.clinicId, clinicianId: maya.id });
    await expect(handOverRunner(actorOf(maya), runner.id, strangerAdmin.id)).rejects.toThrow(InvalidFieldError);
    await assertInCare(db, actorOf(maya), runner.id);
    await expect(handOverCaseload(actorOf(maya), sam.id, maya.id)).rejects.toThrow(NotFoundError);
  });

  it("a cover gives access through its last day and ends on its date", async () => {
    const runner = await createRunnerInCare(db, { clinicId: maya.clinicId, clinicianId: maya.id });
    await addCover(actorOf(maya), runner.id, { clinicianId: sam.id, until: today("UTC") });
    await assertInCare(db, actorOf(sam), runner.id);
    // The clinic's calendar moves past the last day: the cover is over, and the tidy-up removes and audits it.
    await db.update(careTeam).set({ coverUntil: addDaysIso(today("UTC"), -2) }).where(and(eq(careTeam.runnerId, runner.id), eq(careTeam.clinicianId, sam.id)));
    await expect(assertInCare(db, actorOf(sam), runner.id)).rejects.toThrow(NotFoundError);
    expect(await removeEndedCovers(db)).toBeGreaterThanOrEqual(1);
    expect(await db.select().from(careTeam).where(and(eq(careTeam.runnerId, runner.id), eq(careTeam.clinicianId, sam.id)))).toHaveLength(0);
    await assertInCare(db, actorOf(maya), runner.id);
  });

  it("a cover must end today or later", async () => {
    const runner = await createRunnerInCare(db, { clinicId: maya.clinicId, clinicianId: maya.id });
    await expect(addCover(actorOf(maya), runner.id, { clinicianId: sam.id, until: addDaysIso(today("UTC"), -3) })).rejects.toThrow(InvalidFieldError);
    await expect(assertInCare(db, actorOf(sam), runner.id)).rejects.toThrow(NotFoundError);
  });
});

describe("one-time links", () => {
  it("a password-reset link is stored hashed, and 10 concurrent redemptions set the password once", async () => {
    const runner = await createRunnerInCare(db, { clinicId: maya.clinicId, clinicianId: maya.id });
    const { token } = await issueAccountToken(db, "password_reset", runner.id, null);
    const [row] = await db.select().from(accountTokens).where(eq(accountTokens.tokenHash, linkTokenDigest(token)));
    expect(row!.tokenHash).not.toBe(token);
    const sid = await openSession(runner.id);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => resetPassword(token, `new-password-number-${i}`)));
    expect(results.filter((r) => r.status === "valid")).toHaveLength(1);
    expect(results.filter((r) => r.status === "used")).toHaveLength(9);
    expect((await checkPasswordReset(token)).status).toBe("used");
    // Every session of the account ended.
    const [session] = await db.select().from(authSessions).where(eq(authSessions.id, sid));
    expect(session!.revokedReason).toBe("password-reset");
  });

  it("an expired link does nothing", async () => {
    const runner = await createRunnerInCare(db, { clinicId: maya.clinicId, clinicianId: maya.id });
    const { id, token } = await issueAccountToken(db, "password_reset", runner.id, null);
    await db.update(accountTokens).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(accountTokens.id, id));
    expect((await resetPassword(token, "never-stored-password")).status).toBe("expired");
  });

  it("a reset request answers the same for an unknown email and stores no link; the 11th in a row is throttled", async () => {
    const unknown = `nobody-${Date.now()}@test.example`;
    const before = await selectRows<{ n: number }>(db, sql`select count(*)::int as n from account_tokens where purpose = 'password_reset'`);
    const address = `203.0.113.${Date.now() % 200}`;
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push((await requestPasswordReset(unknown, address)).status);
    expect(answers.slice(0, 10)).toEqual(Array(10).fill("sent"));
    expect(answers[10]).toBe("throttled");
    const after = await selectRows<{ n: number }>(db, sql`select count(*)::int as n from account_tokens where purpose = 'password_reset'`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it("no set-up link is issued once a clinic exists", async () => {
    expect(await issueSetupToken()).toBeNull();
  });
});

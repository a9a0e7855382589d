import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb } from "@/db";
import * as s from "@/db/schema";
import { throttleKey } from "@/lib/auth/throttle";
import { findDue } from "@/lib/jobs/due";
import { addDaysIso, today } from "@/lib/dates";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { actorOf, createCaseload, createUser } from "@/testing/factories";
import { fitFile, route } from "@/testing/run-files";
import { closeAccount, getClosure } from "./closure";
import { buildDataExport, listDataExports, openDataExport, requestDataExport } from "./data-exports";
import { DESCRIBED_TABLES } from "./data-readme";
import { recordsAbout } from "./data-records";
import { dischargeRunner } from "./discharge";
import { reissueInvite } from "./invites";
import { getRunner } from "./runners";
import { createRunLog } from "./logs";
import { sendMessage } from "./messages";
import { saveMeasure } from "./measures";
import { addNote, editNote } from "./notes";
import { clinicOutcomes } from "./outcomes";
import { readRunFiles, saveRunFromFile } from "./run-files";
import { deidentifyDue, FORMER_RUNNER, removeExpiredExports } from "./retention";
import { refusalOf } from "@/testing/refusals";

const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "strideback-lifecycle-"));
let db: Db;
beforeAll(async () => {
  process.env.STRIDEBACK_MEDIA_DIR = mediaDir;
  db = await getDb();
});
afterAll(() => fs.rmSync(mediaDir, { recursive: true, force: true }));

const YEAR = 365.25 * 86_400_000;
const run = (notes = "") => ({ clientId: randomUUID(), date: today(), distanceKm: 5, durationMinutes: 30, rpe: 4, painDuring: 1, painAfter: 1, notes });

/** A runner with a record of each kind: a run with notes, a watch file, a message, a clinician's note; the clinician is the clinic's admin. */
async function runnerWithRecord() {
  const { clinic, clinician, runner } = await createCaseload(db);
  await db.update(s.users).set({ isAdmin: true }).where(eq(s.users.id, clinician.id));
  const admin = { ...actorOf(clinician), admin: true };
  await createRunLog(actorOf(runner), run("Felt it at the top of the hill near my house on Elm Street"));
  const [file] = await readRunFiles(actorOf(runner), [{ name: "Morning Run.fit", bytes: fitFile(route({ points: 120, startedAt: `${today()}T06:00:00Z` })) }]);
  if (file?.status !== "read") throw new Error("the run file was not read");
  await saveRunFromFile(actorOf(runner), { runFileId: file.file.id, clientId: randomUUID(), rpe: 5, painDuring: 2, painAfter: 2, notes: "" });
  await sendMessage(actorOf(runner), runner.id, { clientId: randomUUID(), body: "My sister's wedding is on Saturday, can I still run?" });
  await addNote(admin, runner.id, "Works night shifts at the hospital.");
  // The note's first words live on in the audit trail once it is edited.
  const [note] = await db.select({ id: s.clinicianNotes.id }).from(s.clinicianNotes).where(eq(s.clinicianNotes.runnerId, runner.id));
  await editNote(admin, note!.id, "Works nights.");
  await saveMeasure(actorOf(runner), { instrument: "psfs", clientId: randomUUID(), activities: ["Running with my dog Biscuit"], answers: [4] });
  return { clinic, admin, runner };
}

describe("closing an account", () => {
  it("needs the runner's own password, then stops sign-in, sessions, phones and reminders at once, and keeps the record for the care team", async () => {
    const { admin, runner } = await runnerWithRecord();
    await db.insert(s.reminderSettings).values({ userId: runner.id, exerciseDays: 127, exerciseTime: "07:00" }).onConflictDoNothing();
    await db.insert(s.authSessions).values({ userId: runner.id });
    await db.insert(s.pushSubscriptions).values({ userId: runner.id, endpoint: `https://push.example/${randomUUID()}`, p256dh: "k", auth: "a" });

    await expect(closeAccount(actorOf(runner), runner.id, { password: "not-it" })).rejects.toThrow(InvalidFieldError);
    expect(await refusalOf(closeAccount(actorOf(runner), runner.id, {}))).toBe("That is not your password. Your account is still open.");
    expect(await getClosure(actorOf(runner), runner.id)).toBeNull();

    const closure = await closeAccount(actorOf(runner), runner.id, { password: runner.password });
    expect(closure).toMatchObject({ byRunner: true, retainUntil: addDaysIso(today(), 0).replace(/^\d{4}/, (y) => String(Number(y) + 8)), deidentifiedAt: null });
    const [user] = await db.select().from(s.users).where(eq(s.users.id, runner.id));
    expect(user!.deactivatedAt).not.toBeNull();
    expect((await db.select().from(s.authSessions).where(eq(s.authSessions.userId, runner.id))).every((row) => row.revokedAt)).toBe(true);
    expect(await db.select().from(s.pushSubscriptions).where(eq(s.pushSubscriptions.userId, runner.id))).toHaveLength(0);
    const due = await findDue(db, new Date(`${addDaysIso(today(), 1)}T07:30:00Z`));
    expect(due.filter((d) => d.userId === runner.id)).toEqual([]);
    // A second tap changes nothing; the care team reads the closure, and the audit says who closed it.
    expect((await closeAccount(actorOf(runner), runner.id, { password: runner.password })).closedAt).toEqual(closure.closedAt);
    expect(await getClosure(admin, runner.id)).toMatchObject({ byRunner: true, closedBy: runner.name });
    const audit = await db.select().from(s.auditLog).where(and(eq(s.auditLog.runnerId, runner.id), eq(s.auditLog.action, "account.close")));
    expect(audit).toHaveLength(1);
  });

  it("meets the sign-in throttle when the password is guessed: a stolen, unlocked phone cannot close the account", async () => {
    const { runner } = await createCaseload(db);
    // Nine failed sign-ins are on record; one wrong guess here is the tenth, and locks the account.
    await db.insert(s.authThrottle).values({ key: throttleKey("account", runner.email), failures: 9 });
    expect(await refusalOf(closeAccount(actorOf(runner), runner.id, { password: "a-guess" }))).toMatch(/^That is not your password/);
    // The right password after the guesses is still refused, in the runner's own language.
    expect(await refusalOf(closeAccount(actorOf(runner), runner.id, { password: runner.password }), "es")).toMatch(/^Demasiados intentos\. Vuelve a intentarlo dentro de \d+ minutos?\.$/);
    expect(await getClosure(actorOf(runner), runner.id)).toBeNull();
  });

  it("is for the runner themself or an admin of their clinic: anyone else gets not found", async () => {
    const { runner, clinician, clinic } = await createCaseload(db);
    const other = await createCaseload(db);
    const otherAdmin = { ...actorOf(other.clinician), admin: true };
    await expect(closeAccount(otherAdmin, runner.id)).rejects.toThrow(NotFoundError);
    await expect(closeAccount(actorOf(clinician), runner.id)).rejects.toThrow(NotFoundError);
    await expect(closeAccount(actorOf(other.runner), runner.id, { password: other.runner.password })).rejects.toThrow(NotFoundError);
    await expect(getClosure(actorOf(other.clinician), runner.id)).rejects.toThrow(NotFoundError);
    const admin = await createUser(db, { clinicId: clinic.id, role: "clinician", admin: true });
    expect(await closeAccount(actorOf(admin), runner.id)).toMatchObject({ byRunner: false, closedBy: admin.name });
    // A closed account is never invited again.
    expect(await refusalOf(reissueInvite(actorOf(admin), runner.id))).toBe("This runner's account is closed: it cannot be joined again.");
    expect((await getRunner(actorOf(admin), runner.id))?.invitePending).toBe(false);
  });
});

describe("the retention period", () => {
  it("keeps the record whole until it ends, then removes name, email, notes, messages and files, keeping the clinic's figures", async () => {
    const { admin, runner } = await runnerWithRecord();
    await dischargeRunner(admin, runner.id, { date: today(), reason: "Moved away to Leeds" });
    const before = await clinicOutcomes(admin, {});
    await closeAccount(admin, runner.id);
    const keys = (await db.select({ key: s.runFiles.storageKey }).from(s.runFiles).where(eq(s.runFiles.runnerId, runner.id))).map((r) => r.key);
    expect(keys).toHaveLength(1);

    await deidentifyDue(db, new Date(Date.now() + 7.9 * YEAR));
    expect((await db.select().from(s.users).where(eq(s.users.id, runner.id)))[0]!.name).toBe(runner.name);

    const at = new Date(Date.now() + 8.1 * YEAR);
    expect(await deidentifyDue(db, at)).toBeGreaterThanOrEqual(1);
    const [user] = await db.select().from(s.users).where(eq(s.users.id, runner.id));
    expect(user).toMatchObject({ name: FORMER_RUNNER, email: `closed-${runner.id}@removed.invalid`, passwordHash: null });
    expect((await db.select().from(s.sessionLogs).where(eq(s.sessionLogs.runnerId, runner.id))).map((l) => l.notes)).toEqual(["", ""]);
    expect(await db.select().from(s.clinicianNotes).where(eq(s.clinicianNotes.runnerId, runner.id))).toHaveLength(0);
    expect(await db.select().from(s.messages).where(eq(s.messages.runnerId, runner.id))).toHaveLength(0);
    expect(await db.select().from(s.runFiles).where(eq(s.runFiles.runnerId, runner.id))).toHaveLength(0);
    expect(fs.existsSync(path.join(mediaDir, keys[0]!))).toBe(false);
    const [profile] = await db.select().from(s.runnerProfiles).where(eq(s.runnerProfiles.runnerId, runner.id));
    expect(profile).toMatchObject({ goal: "", dischargeReason: "[removed]" });
    const [episode] = await db.select().from(s.episodes).where(eq(s.episodes.runnerId, runner.id));
    expect(JSON.stringify(episode!.body)).not.toContain(runner.name);
    expect(JSON.stringify(episode!.body)).not.toContain("Leeds");
    // Nothing anywhere about them still says who they are or what anyone wrote: not the audit trail either.
    const left = JSON.stringify(await recordsAbout(db, runner.id));
    for (const said of [runner.name, runner.email, "Elm Street", "sister's wedding", "night shifts", "Works nights", "Leeds", "Biscuit"]) expect(left).not.toContain(said);
    expect((await db.select().from(s.measureResponses).where(eq(s.measureResponses.runnerId, runner.id)))[0]).toMatchObject({ activities: ["[removed]"], score: 4 });
    // The numbers stay: two sessions with their pain, and the clinic's outcome figures exactly as before.
    expect(await clinicOutcomes(admin, {})).toEqual(before);
    const closure = await getClosure(admin, runner.id);
    // Free text cleared: the run's notes, the clinician's note, the profile's goal and discharge reason, the episode summary's,
    // the PSFS activity, and the two audit rows that copied words (the note's text before its edit, the discharge reason).
    expect(closure).toMatchObject({ deidentifiedAt: at, removed: { name: true, email: true, notes: 7, messages: 1, files: 1 } });
    const [audit] = await db.select().from(s.auditLog).where(and(eq(s.auditLog.runnerId, runner.id), eq(s.auditLog.action, "account.deidentify")));
    expect(audit!.detail).toEqual({ removed: closure!.removed, at: at.toISOString() });
    // Once only.
    await deidentifyDue(db, new Date(at.getTime() + YEAR));
    expect(await db.select().from(s.auditLog).where(and(eq(s.auditLog.runnerId, runner.id), eq(s.auditLog.action, "account.deidentify")))).toHaveLength(1);
  });
});

describe("the runner's own copy of their data", () => {
  it("explains itself in the runner's language, even when their clinician asked for it", async () => {
    const { admin, runner } = await runnerWithRecord();
    await db.update(s.users).set({ locale: "es" }).where(eq(s.users.id, runner.id));
    const asked = await requestDataExport(admin, runner.id);
    await buildDataExport(asked.id);
    const opened = await openDataExport(admin, asked.id);
    if (opened === "expired") throw new Error("expired at once");
    const words = strFromU8(unzipSync(new Uint8Array(await new Response(opened.body).arrayBuffer()))["README.md"]!);
    expect(words).toMatch(/^# Tus datos de StrideBack\n\nTodo lo que StrideBack guarda sobre /);
    expect(words).toContain("tus archivos de carrera tal como se subieron desde tu reloj (1).");
    // The records' field names are data, the same in every language.
    expect(words).toContain("### session_logs.json (2)\n\nCada sesión que registraste: ejercicios o carrera");
    expect(words).toContain("- `pain_during` (");
  });

  it("holds every record and file of theirs and nothing of another runner's, for the one who asked, for seven days", async () => {
    const { admin, runner } = await runnerWithRecord();
    const other = await runnerWithRecord();
    const first = await requestDataExport(actorOf(runner), runner.id);
    expect(await requestDataExport(actorOf(runner), runner.id)).toEqual(first);
    expect((await listDataExports(actorOf(runner), runner.id)).map((e) => e.state)).toEqual(["preparing"]);
    await expect(requestDataExport(actorOf(other.runner), runner.id)).rejects.toThrow(NotFoundError);

    const built = await buildDataExport(first.id);
    expect(built).toMatchObject({ requestedBy: runner.id, runnerId: runner.id });
    expect(await buildDataExport(first.id)).toBeNull();
    const opened = await openDataExport(actorOf(runner), first.id);
    if (opened === "expired") throw new Error("expired at once");
    const files = unzipSync(new Uint8Array(await new Response(opened.body).arrayBuffer()));
    const names = Object.keys(files);
    expect(names).toEqual(expect.arrayContaining(["README.md", "fhir-bundle.json", "logs.csv", "records/users.json", "records/session_logs.json", "records/messages.json", "records/clinician_notes.json", "records/run_files.json"]));
    expect(names.filter((n) => n.startsWith("files/run-files/") && n.endsWith(".fit"))).toHaveLength(1);
    const everything = names.filter((n) => !n.startsWith("files/")).map((n) => strFromU8(files[n]!)).join("\n");
    expect(everything).toContain("Elm Street");
    expect(everything).toContain("sister's wedding");
    expect(everything).not.toContain(other.runner.id);
    expect(everything).not.toContain(other.runner.name);
    expect(everything).not.toMatch(/password_hash|argon2/);
    // Every kind of record in the archive is described in its README.
    const tables = names.filter((n) => n.startsWith("records/")).map((n) => n.slice(8, -5));
    expect(tables.filter((t) => !DESCRIBED_TABLES.has(t))).toEqual([]);
    expect(strFromU8(files["README.md"]!)).toContain("### users.json (1)\n\nYour account: name, email, role, clinic");

    // Only the one who asked downloads it, and not after its seven days.
    await expect(openDataExport(admin, first.id)).rejects.toThrow(NotFoundError);
    await expect(openDataExport(actorOf(other.runner), first.id)).rejects.toThrow(NotFoundError);
    await removeExpiredExports(db, new Date(Date.now() + 7.1 * 86_400_000));
    expect(await openDataExport(actorOf(runner), first.id)).toBe("expired");
    expect((await listDataExports(actorOf(runner), runner.id)).map((e) => e.state)).toEqual(["expired"]);
    const audit = await db.select({ action: s.auditLog.action }).from(s.auditLog).where(and(eq(s.auditLog.runnerId, runner.id), eq(s.auditLog.subjectId, first.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(["data_export.download", "data_export.ready", "data_export.request"]);
  });
});

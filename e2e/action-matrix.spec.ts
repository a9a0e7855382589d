import { randomUUID } from "node:crypto";
import type { Browser } from "@playwright/test";
import { and, count, eq, isNotNull, isNull, like } from "drizzle-orm";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/db";
import { accountTokens, careTeam, clinicianNotes, clinicLadderSteps, clinics, exerciseMedia, exercises, lefsResponses, lefsSchedules, messages, morningCheckins, planTemplates, plans, redFlagReports, runLadders, runnerPainRules, runnerProfiles, sessionLogs, users } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { DEFAULT_PAIN_RULES } from "@/lib/rules/thresholds";
import { RETURN_TO_RUN_CHECKLIST } from "@/lib/rules/ladder";
import { createExercise, createRunnerInCare, createUser, type TestUser } from "@/testing/factories";
import { createRunnerWithPlan, expect, signIn, test } from "./fixtures";
import { actionForm, postForm } from "./http-forms";

/*
 * Every server action, read from the "use server" files under app/, posted by each kind of visitor with
 * the owner's own form (its bound ids included): only the people the matrix names may change the owner's
 * data; everyone else changes nothing and never gets a 5xx. An action missing from the matrix fails the
 * test, so a new action cannot escape it. Each row is also posted once by someone allowed, so a refusal
 * is proven to be a refusal, not a broken form.
 */
type Persona = "owner" | "otherRunner" | "clinician" | "colleague" | "stranger" | "admin" | "strangerAdmin";
const PERSONAS: Persona[] = ["owner", "otherRunner", "clinician", "colleague", "stranger", "admin", "strangerAdmin"];

interface World {
  db: Db;
  owner: TestUser;
  clinician: TestUser;
  runId: string;
  checkinId: string;
  noteId: string;
  flagId: string;
  exerciseId: string;
  planId: string;
  otherRunnerId: string;
  colleagueId: string;
  /** A clinician of the owner's clinic whom the admin's forms act on (not a visitor). */
  teammate: TestUser;
  /** A colleague invited who has not joined yet. */
  inviteeId: string;
  teammateRunnerId: string;
}

interface Row {
  /** Who loads the page the form is on. */
  from: Persona;
  page: (w: World) => string;
  marker: string;
  fields: (w: World) => [string, string][];
  /** Who may change the owner's data with it. */
  allowed: Persona[];
  /** A fingerprint of the owner's data this action would change. */
  state: (w: World) => Promise<unknown>;
  /** Texts the form must hold besides the marker, where a page has several forms with it (one per colleague). */
  within?: (w: World) => string[];
}

const one = async <T>(rows: Promise<T[]>) => (await rows)[0];
const run: [string, string][] = [["date", today()], ["distanceKm", "9.9"], ["durationMinutes", "41"], ["rpe", "3"], ["painDuring", "1"], ["painAfter", "1"], ["notes", ""]];

const MATRIX: Record<string, Row> = {
  logRunAction: { from: "owner", page: () => "/log/run", marker: "distanceKm", fields: () => run, allowed: ["owner"], state: (w) => one(w.db.select({ n: count() }).from(sessionLogs).where(eq(sessionLogs.runnerId, w.owner.id))) },
  updateRunAction: { from: "owner", page: (w) => `/history/sessions/${w.runId}`, marker: "distanceKm", fields: () => run, allowed: ["owner"], state: (w) => one(w.db.select({ km: sessionLogs.distanceKm }).from(sessionLogs).where(eq(sessionLogs.id, w.runId))) },
  checkinAction: {
    from: "owner",
    page: () => "/check-in",
    marker: "stiffness",
    fields: () => [["date", today()], ["pain", "2"], ["stiffness", "2"], ["noSigns", "yes"]],
    allowed: ["owner"],
    state: (w) => one(w.db.select({ n: count() }).from(redFlagReports).where(eq(redFlagReports.runnerId, w.owner.id))),
  },
  updateCheckinAction: { from: "owner", page: (w) => `/history/checkins/${w.checkinId}`, marker: "stiffness", fields: () => [["date", addDaysIso(today(), -1)], ["pain", "6"], ["stiffness", "6"]], allowed: ["owner"], state: (w) => one(w.db.select({ pain: morningCheckins.pain }).from(morningCheckins).where(eq(morningCheckins.id, w.checkinId))) },
  deleteEntryAction: {
    from: "owner",
    page: () => "/history",
    marker: "kind",
    fields: () => [],
    allowed: ["owner"],
    state: async (w) => [await one(w.db.select({ n: count() }).from(sessionLogs).where(eq(sessionLogs.runnerId, w.owner.id))), await one(w.db.select({ n: count() }).from(morningCheckins).where(eq(morningCheckins.runnerId, w.owner.id)))],
  },
  reportWorryAction: { from: "owner", page: () => "/worry", marker: "noSigns", fields: () => [["sign", "night-pain"]], allowed: ["owner"], state: (w) => one(w.db.select({ n: count() }).from(redFlagReports).where(eq(redFlagReports.runnerId, w.owner.id))) },
  setTimeZoneAction: { from: "owner", page: () => "/settings", marker: "timeZone", fields: () => [["timeZone", "Pacific/Auckland"]], allowed: ["owner"], state: (w) => one(w.db.select({ tz: runnerProfiles.timeZone }).from(runnerProfiles).where(eq(runnerProfiles.runnerId, w.owner.id))) },
  changePasswordAction: {
    from: "owner",
    page: () => "/settings",
    marker: "current",
    fields: (w) => [["current", w.owner.password], ["password", "matrix-new-password"], ["confirm", "matrix-new-password"]],
    allowed: ["owner"],
    state: (w) => one(w.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, w.owner.id))),
  },
  addNoteAction: { from: "clinician", page: (w) => `/clinic/runners/${w.owner.id}`, marker: "body", fields: () => [["body", `Matrix note ${randomUUID()}`]], allowed: ["clinician", "admin"], state: (w) => one(w.db.select({ n: count() }).from(clinicianNotes).where(eq(clinicianNotes.runnerId, w.owner.id))) },
  updateProfileAction: {
    from: "clinician",
    page: (w) => `/clinic/runners/${w.owner.id}`,
    marker: "goal",
    fields: () => [["presentation", "cramp"], ["affectedSide", "both"], ["goal", `Matrix goal ${randomUUID()}`], ["usualPain", "2"], ["timeZone", "Europe/London"]],
    allowed: ["clinician", "admin"],
    state: (w) => one(w.db.select({ goal: runnerProfiles.goal }).from(runnerProfiles).where(eq(runnerProfiles.runnerId, w.owner.id))),
  },
  setPainRulesAction: {
    from: "clinician",
    page: (w) => `/clinic/runners/${w.owner.id}`,
    marker: "painDuringAmberAbove",
    fields: () => [["painDuringAmberAbove", "1"], ["reason", "Matrix: a stricter limit"]],
    allowed: ["clinician", "admin"],
    state: (w) => one(w.db.select().from(runnerPainRules).where(eq(runnerPainRules.runnerId, w.owner.id))),
  },
  resolveRedFlagAction: {
    from: "clinician",
    page: (w) => `/clinic/runners/${w.owner.id}`,
    marker: "resolution",
    // A same-day flag closes only with a note of what was done.
    fields: () => [["resolution", "called"], ["note", "Matrix: called, advised a review today"]],
    allowed: ["clinician", "admin"],
    state: (w) => one(w.db.select({ open: count() }).from(redFlagReports).where(and(eq(redFlagReports.runnerId, w.owner.id), isNull(redFlagReports.resolvedAt), isNotNull(redFlagReports.urgency)))),
  },
  saveTemplateAction: {
    from: "clinician",
    page: (w) => `/clinic/runners/${w.owner.id}`,
    marker: "name",
    fields: () => [["name", `Matrix template ${randomUUID().slice(0, 6)}`]],
    allowed: ["clinician", "admin"],
    state: (w) => one(w.db.select({ n: count() }).from(planTemplates).where(like(planTemplates.name, "Matrix template %"))),
  },
  endPlanAction: { from: "clinician", page: (w) => `/clinic/runners/${w.owner.id}`, marker: "planId", fields: () => [], allowed: ["clinician", "admin"], state: (w) => one(w.db.select({ status: plans.status }).from(plans).where(eq(plans.id, w.planId))) },
  updateExerciseAction: {
    from: "clinician",
    page: (w) => `/clinic/library/${w.exerciseId}/edit`,
    marker: "instructions",
    fields: () => [["name", `Matrix drill ${randomUUID().slice(0, 6)}`], ["category", "strength"], ["instructions", "Stand tall and hinge at the hips, slowly."], ["defaultSets", "2"], ["defaultReps", "8"], ["defaultDaysPerWeek", "3"], ["painRule", "standard"]],
    allowed: ["clinician", "colleague", "admin"],
    state: (w) => one(w.db.select({ name: exercises.name }).from(exercises).where(eq(exercises.id, w.exerciseId))),
  },
  sendMessageAction: {
    from: "owner",
    page: () => "/messages",
    marker: "body",
    fields: () => [["body", `Matrix message ${randomUUID()}`]],
    // The thread is the runner's and their care team's: the clinician may write in it with the runner's form.
    allowed: ["owner", "clinician", "admin"],
    state: (w) => one(w.db.select({ n: count() }).from(messages).where(eq(messages.runnerId, w.owner.id))),
  },
  scheduleLefsAction: {
    from: "clinician",
    page: (w) => `/clinic/runners/${w.owner.id}`,
    marker: "everyDays",
    fields: () => [["everyDays", "21"], ["startsOn", today()]],
    allowed: ["clinician", "admin"],
    state: (w) => one(w.db.select({ every: lefsSchedules.everyDays }).from(lefsSchedules).where(eq(lefsSchedules.runnerId, w.owner.id))),
  },
  saveLefsAction: {
    from: "owner",
    page: () => "/lefs",
    marker: "q20",
    fields: () => Array.from({ length: 20 }, (_, i) => [`q${i + 1}`, "2"] as [string, string]),
    allowed: ["owner"],
    state: (w) => one(w.db.select({ n: count() }).from(lefsResponses).where(eq(lefsResponses.runnerId, w.owner.id))),
  },
  removeMediaAction: {
    from: "clinician",
    page: (w) => `/clinic/library/${w.exerciseId}/edit`,
    marker: "mediaId",
    fields: () => [],
    allowed: ["clinician", "colleague", "admin"],
    state: (w) => one(w.db.select({ n: count() }).from(exerciseMedia).where(eq(exerciseMedia.exerciseId, w.exerciseId))),
  },

  // The clinic admin's forms, on the team page: they act on a teammate, never on a visitor.
  setAdminRightAction: {
    from: "admin",
    page: () => "/clinic/team",
    marker: "clinicianId",
    within: (w) => [`name="clinicianId" value="${w.teammate.id}"`, "Make admin"],
    fields: () => [],
    allowed: ["admin"],
    state: (w) => one(w.db.select({ admin: users.isAdmin }).from(users).where(eq(users.id, w.teammate.id))),
  },
  resetSecondFactorAction: {
    from: "admin",
    page: () => "/clinic/team",
    marker: "clinicianId",
    within: (w) => [`name="clinicianId" value="${w.teammate.id}"`, "Reset two-step sign-in"],
    fields: () => [],
    allowed: ["admin"],
    state: (w) => one(w.db.select({ secret: users.totpSecret }).from(users).where(eq(users.id, w.teammate.id))),
  },
  reinviteClinicianAction: {
    from: "admin",
    page: () => "/clinic/team",
    marker: "clinicianId",
    within: (w) => [`name="clinicianId" value="${w.inviteeId}"`, "Send invite again"],
    fields: () => [],
    allowed: ["admin"],
    state: (w) => one(w.db.select({ n: count() }).from(accountTokens).where(eq(accountTokens.userId, w.inviteeId))),
  },
  handOverCaseloadAction: {
    from: "admin",
    page: () => "/clinic/team",
    marker: "toClinicianId",
    within: (w) => [`name="clinicianId" value="${w.teammate.id}"`],
    fields: (w) => [["toClinicianId", w.clinician.id]],
    allowed: ["admin"],
    state: (w) => w.db.select({ clinicianId: careTeam.clinicianId }).from(careTeam).where(eq(careTeam.runnerId, w.teammateRunnerId)),
  },
  inviteClinicianAction: {
    from: "admin",
    page: () => "/clinic/team",
    marker: "email",
    fields: () => [["name", "Matrix Colleague"], ["email", `matrix-${randomUUID().slice(0, 8)}@test.example`]],
    allowed: ["admin"],
    state: (w) => one(w.db.select({ n: count() }).from(users).where(and(eq(users.clinicId, w.owner.clinicId), eq(users.role, "clinician")))),
  },
  startLadderAction: {
    from: "clinician",
    page: (w) => `/clinic/runners/${w.owner.id}`,
    marker: "checklist",
    fields: () => [...RETURN_TO_RUN_CHECKLIST.map((item) => ["checklist", item] as [string, string]), ["note", "Matrix: criteria checked"]],
    allowed: ["clinician", "admin"],
    state: (w) => one(w.db.select({ n: count() }).from(runLadders).where(eq(runLadders.runnerId, w.owner.id))),
  },
  saveLadderAction: {
    from: "admin",
    page: () => "/clinic/team",
    marker: "walk-1",
    fields: () => [["walk-1", "5"], ["run-1", "1"], ["repeats-1", "4"], ["walk-2", "0"], ["run-2", "25"], ["repeats-2", "1"]],
    allowed: ["admin"],
    state: (w) => w.db.select().from(clinicLadderSteps).where(eq(clinicLadderSteps.clinicId, w.owner.clinicId)).orderBy(clinicLadderSteps.position),
  },
  updateClinicAction: {
    from: "admin",
    page: () => "/clinic/team",
    marker: "requireSecondFactor",
    fields: () => [["name", `Matrix clinic ${randomUUID().slice(0, 6)}`], ["phone", "01632 960 777"], ["timeZone", "Europe/London"], ...Object.entries(DEFAULT_PAIN_RULES).map(([k, v]) => [k, String(v)] as [string, string])],
    allowed: ["admin"],
    state: (w) => one(w.db.select({ name: clinics.name }).from(clinics).where(eq(clinics.id, w.owner.clinicId))),
  },
  deactivateClinicianAction: {
    from: "admin",
    page: () => "/clinic/team",
    marker: "clinicianId",
    within: (w) => [`name="clinicianId" value="${w.teammate.id}"`, "Deactivate"],
    fields: () => [],
    allowed: ["admin"],
    state: (w) => one(w.db.select({ off: users.deactivatedAt }).from(users).where(eq(users.id, w.teammate.id))),
  },
  reactivateClinicianAction: {
    from: "admin",
    page: () => "/clinic/team",
    marker: "clinicianId",
    within: (w) => [`name="clinicianId" value="${w.teammate.id}"`, "Reactivate"],
    fields: () => [],
    allowed: ["admin"],
    state: (w) => one(w.db.select({ off: users.deactivatedAt }).from(users).where(eq(users.id, w.teammate.id))),
  },
  // Who looks after a runner, from the runner's page (another runner of the clinician's, so the owner's care stays as it is).
  addCoverAction: {
    from: "clinician",
    page: (w) => `/clinic/runners/${w.otherRunnerId}`,
    marker: "until",
    fields: (w) => [["clinicianId", w.teammate.id], ["until", today()]],
    allowed: ["clinician", "admin"],
    state: (w) => w.db.select({ clinicianId: careTeam.clinicianId, until: careTeam.coverUntil }).from(careTeam).where(eq(careTeam.runnerId, w.otherRunnerId)),
  },
  endCoverAction: {
    from: "clinician",
    page: (w) => `/clinic/runners/${w.otherRunnerId}`,
    marker: "clinicianId",
    within: () => ["End "],
    fields: () => [],
    allowed: ["clinician", "admin"],
    state: (w) => w.db.select({ clinicianId: careTeam.clinicianId, until: careTeam.coverUntil }).from(careTeam).where(eq(careTeam.runnerId, w.otherRunnerId)),
  },
  handOverRunnerAction: {
    from: "clinician",
    page: (w) => `/clinic/runners/${w.otherRunnerId}`,
    marker: "toClinicianId",
    fields: (w) => [["toClinicianId", w.teammate.id]],
    allowed: ["clinician", "admin"],
    state: (w) => w.db.select({ clinicianId: careTeam.clinicianId }).from(careTeam).where(eq(careTeam.runnerId, w.otherRunnerId)),
  },
  dischargeAction: {
    from: "clinician",
    page: (w) => `/clinic/runners/${w.owner.id}`,
    marker: "date",
    fields: () => [["date", today()], ["reason", "Matrix: goals met"]],
    allowed: ["clinician", "admin"],
    state: (w) => one(w.db.select({ on: runnerProfiles.dischargedOn }).from(runnerProfiles).where(eq(runnerProfiles.runnerId, w.owner.id))),
  },
};

/** Actions the matrix does not post, each with the reason and where it is tested instead. */
const ELSEWHERE: Record<string, string> = {
  signInAction: "anyone may try to sign in; throttling and answers are tested in security.spec.ts and auth.spec.ts",
  acceptInviteAction: "takes a secret token, not a session; tested in invites.spec.ts and invites.int.test.ts",
  dismissLockNoticeAction: "acts only on the signed-in user's own row, with no id to forge",
  logSessionAction: "forged prescriptions are tested in runner/authorization.spec.ts",
  updateSessionAction: "forged ids are tested in runner/authorization.spec.ts and logs.int.test.ts",
  addRunnerAction: "creates a runner in the actor's own clinic; refused to runners by the data layer (invites.int.test.ts)",
  reissueInviteAction: "only for runners without a password; not found outside care (invites.int.test.ts)",
  createPlanAction: "posts JSON from the plan builder; refused outside care (plans.int.test.ts, clinic-isolation.spec.ts)",
  revisePlanAction: "posts JSON from the plan builder; refused outside care (plans.int.test.ts, clinic-isolation.spec.ts)",
  editNoteAction: "author-only; refused to anyone else (clinic-isolation.spec.ts, notes in the data layer)",
  readmitAction: "only on a discharged runner's page; refused outside care (discharge.int.test.ts)",
  createExerciseAction: "creates an exercise in the actor's own clinic; no id to forge",
  saveRunnerRemindersAction: "acts only on the signed-in runner's own settings, with no id to forge (reminders.int.test.ts)",
  saveClinicianRemindersAction: "acts only on the signed-in clinician's own settings, with no id to forge (reminders.int.test.ts)",
  savePushSubscriptionAction: "called by the notifications switch, not a form; saves for the signed-in user only (push.int.test.ts)",
  removePushSubscriptionAction: "called by the notifications switch, not a form; removes the signed-in user's own endpoint only (push.int.test.ts)",
  copyExerciseAction: "copies into the actor's own clinic and changes nobody's data; a runner and another clinic's exercise are refused (media.int.test.ts)",
  stopLefsAction: "a bound button with no field; refused outside care (lefs.int.test.ts)",
  approvePhaseAction: "a bound button with no field, shown when a phase is earned; refused outside care and to runners, once however often sent (progression.int.test.ts)",
  holdPhaseAction: "a bound button with no field; refused outside care and to runners (progression.int.test.ts)",
  stepBackAction: "a bound button with no field, shown when a step back is proposed; refused outside care and to runners (progression.int.test.ts)",
  selfProgressingAction: "a bound button with no field; refused outside care and to runners (progression.int.test.ts)",
  endLadderAction: "a bound button with no field; refused outside care like starting the ladder (progression.int.test.ts)",
  markReviewedAction: "a bound button with no field; refused outside care and to runners (across-sessions.int.test.ts)",
  markThreadReadAction: "called by the thread on screen, not a form; refused outside the thread (messages.int.test.ts, messages.spec.ts)",
  setupClinicAction: "takes the one-time set-up token, not a session, and only while no clinic exists (adoption/first-run.spec.ts)",
  joinClinicAction: "takes a secret token, not a session (adoption/first-run.spec.ts, clinic-admin.int.test.ts)",
  forgotPasswordAction: "anyone may ask; the answer and throttle are tested in password-reset.spec.ts",
  resetPasswordAction: "takes a secret token, not a session (password-reset.spec.ts, clinic-admin.int.test.ts)",
  verifySecondFactorAction: "acts only on the session the cookie names, with no id to forge (second-factor.spec.ts)",
  confirmEnrolmentAction: "acts only on the signed-in user's own account, with no id to forge (second-factor.spec.ts)",
  disableSecondFactorAction: "acts only on the signed-in user's own account and needs a current code (second-factor.spec.ts)",
};

function serverActions(dir = path.join(process.cwd(), "app")): string[] {
  const names: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) names.push(...serverActions(full));
    else if (/\.tsx?$/.test(entry)) {
      const text = readFileSync(full, "utf8");
      if (!/^["']use server["']/m.test(text)) continue;
      names.push(...[...text.matchAll(/^export async function (\w+)/gm)].map((m) => m[1]!));
    }
  }
  return names.sort();
}

async function signedIn(browser: Browser, who: TestUser) {
  const context = await browser.newContext();
  await signIn(await context.newPage(), who);
  return context;
}

test("every server action changes the owner's data only for the people allowed to", async ({ browser, db }) => {
  test.setTimeout(300_000);
  const { clinic, clinician, runner: owner, plan } = await createRunnerWithPlan(db);
  const otherRunner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, startDate: addDaysIso(today(), -30) });
  const colleague = await createUser(db, { clinicId: clinic.id, role: "clinician" });
  const { clinician: stranger } = await createRunnerWithPlan(db);
  const [runRow] = await db.insert(sessionLogs).values({ runnerId: owner.id, clientId: randomUUID(), kind: "run", date: today(), durationMinutes: 20, rpe: 3, painDuring: 1, painAfter: 1, distanceKm: 3 }).returning();
  const [checkin] = await db.insert(morningCheckins).values({ runnerId: owner.id, clientId: randomUUID(), date: addDaysIso(today(), -1), pain: 1, stiffness: 1 }).returning();
  const [note] = await db.insert(clinicianNotes).values({ runnerId: owner.id, authorId: clinician.id, body: "Matrix first note" }).returning();
  const [flag] = await db.insert(redFlagReports).values({ runnerId: owner.id, clientId: randomUUID(), source: "worry", asked: ["foot-drop"], signs: ["foot-drop"], urgency: "today", reportedBy: owner.id }).returning();
  const exercise = await createExercise(db, { clinicId: clinic.id });
  // A photo row for the remove form to show (its files are not needed to remove it).
  await db.insert(exerciseMedia).values({ exerciseId: exercise.id, kind: "image", contentType: "image/webp", storageKey: `exercise/${randomUUID()}`, byteSize: 100, width: 10, height: 10, altText: "Matrix photo" });
  // The clinic's admin, another clinic's admin, and the teammates the admin's forms act on.
  const admin = await createUser(db, { clinicId: clinic.id, role: "clinician", admin: true });
  const { clinician: strangerClinician } = await createRunnerWithPlan(db);
  const strangerAdmin = await createUser(db, { clinicId: strangerClinician.clinicId, role: "clinician", admin: true });
  const teammate = await createUser(db, { clinicId: clinic.id, role: "clinician" });
  await db.update(users).set({ totpSecret: "matrix-sealed-secret" }).where(eq(users.id, teammate.id));
  const teammateRunner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: teammate.id });
  const invitee = await createUser(db, { clinicId: clinic.id, role: "clinician", password: null });
  const world: World = {
    db,
    owner,
    clinician,
    runId: runRow!.id,
    checkinId: checkin!.id,
    noteId: note!.id,
    flagId: flag!.id,
    exerciseId: exercise.id,
    planId: plan.plan.id,
    otherRunnerId: otherRunner.id,
    colleagueId: colleague.id,
    teammate,
    inviteeId: invitee.id,
    teammateRunnerId: teammateRunner.id,
  };

  const found = serverActions();
  expect(found.filter((a) => !(a in MATRIX) && !(a in ELSEWHERE)), "server actions with no row: add them to MATRIX or ELSEWHERE").toEqual([]);

  const people: Record<Persona, TestUser> = { owner, otherRunner, clinician, colleague, stranger, admin, strangerAdmin };
  const contexts = Object.fromEntries(await Promise.all(PERSONAS.map(async (p) => [p, await signedIn(browser, people[p])] as const))) as Record<Persona, Awaited<ReturnType<typeof signedIn>>>;
  const wrong: string[] = [];
  // The owner's session stays valid throughout: the password change and the discharge come last.
  const order = Object.keys(MATRIX).sort((a, b) => Number(a === "dischargeAction" || a === "changePasswordAction") - Number(b === "dischargeAction" || b === "changePasswordAction"));
  for (const name of order) {
    const row = MATRIX[name]!;
    const url = row.page(world);
    const hidden = await actionForm(contexts[row.from].request, url, row.marker, row.within?.(world));
    for (const persona of PERSONAS.filter((p) => !row.allowed.includes(p))) {
      const before = JSON.stringify(await row.state(world));
      const response = await postForm(contexts[persona].request, url, hidden.map(([k, v]) => [k, k === "clientId" ? randomUUID() : v]), row.fields(world));
      const after = JSON.stringify(await row.state(world));
      if (response.status() >= 500) wrong.push(`${name} as ${persona}: ${response.status()}`);
      if (after !== before) wrong.push(`${name} as ${persona} changed the owner's data: ${before} -> ${after}`);
    }
    const before = JSON.stringify(await row.state(world));
    await postForm(contexts[row.allowed[0]!].request, url, hidden, row.fields(world));
    if (JSON.stringify(await row.state(world)) === before) wrong.push(`${name} as ${row.allowed[0]} (allowed) changed nothing: the row's form or fields are wrong`);
  }
  test.info().annotations.push({ type: "action matrix", description: `${found.length} server actions; ${Object.keys(MATRIX).length} posted by ${PERSONAS.length} visitors` });
  expect(wrong).toEqual([]);
  await Promise.all(Object.values(contexts).map((c) => c.close()));
});

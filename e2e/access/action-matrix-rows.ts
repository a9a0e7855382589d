import { randomUUID } from "node:crypto";
import { and, count, eq, isNotNull, isNull, like } from "drizzle-orm";
import type { Db } from "@/db";
import { accountTokens, careTeam, clinicianNotes, clinicLadderSteps, clinics, exerciseMedia, exercises, lefsResponses, measureResponses, measureSchedules, messages, morningCheckins, planTemplates, plans, redFlagReports, runLadders, runnerPainRules, runnerProfiles, sessionLogs, users } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { DEFAULT_PAIN_RULES } from "@/lib/rules/thresholds";
import { RETURN_TO_RUN_CHECKLIST } from "@/lib/rules/ladder";
import type { TestUser } from "@/testing/factories";

/* The rows of the action matrix (action-matrix.spec.ts): for each server action, who posts it from which page, and what it changes. */
export type Persona = "owner" | "otherRunner" | "clinician" | "colleague" | "stranger" | "admin" | "strangerAdmin";
export const PERSONAS: Persona[] = ["owner", "otherRunner", "clinician", "colleague", "stranger", "admin", "strangerAdmin"];

export interface World {
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

export interface Row {
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

export const MATRIX: Record<string, Row> = {
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
  // The runner page also holds a reply box with a "body" field: the note form is the one that says "Add note".
  addNoteAction: { from: "clinician", page: (w) => `/clinic/runners/${w.owner.id}`, marker: "body", within: () => ["Add note"], fields: () => [["body", `Matrix note ${randomUUID()}`]], allowed: ["clinician", "admin"], state: (w) => one(w.db.select({ n: count() }).from(clinicianNotes).where(eq(clinicianNotes.runnerId, w.owner.id))) },
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
  scheduleMeasureAction: {
    from: "clinician",
    page: (w) => `/clinic/runners/${w.owner.id}`,
    // The first of the page's schedule forms: the LEFS's.
    marker: "everyDays",
    fields: () => [["everyDays", "21"], ["startsOn", today()]],
    allowed: ["clinician", "admin"],
    state: (w) => one(w.db.select({ every: measureSchedules.everyDays }).from(measureSchedules).where(and(eq(measureSchedules.runnerId, w.owner.id), eq(measureSchedules.instrument, "lefs")))),
  },
  saveMeasureAction: {
    from: "owner",
    page: () => "/measures/groc",
    marker: "rating",
    fields: () => [["rating", "4"]],
    allowed: ["owner"],
    state: (w) => one(w.db.select({ n: count() }).from(measureResponses).where(eq(measureResponses.runnerId, w.owner.id))),
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
    fields: () => [["name", `Matrix clinic ${randomUUID().slice(0, 6)}`], ["phone", "01632 960 777"], ["timeZone", "Europe/London"], ["retentionYears", "8"], ...Object.entries(DEFAULT_PAIN_RULES).map(([k, v]) => [k, String(v)] as [string, string])],
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
  closeRunnerAccountAction: {
    from: "admin",
    page: (w) => `/clinic/runners/${w.owner.id}`,
    marker: "understood",
    fields: () => [["understood", "on"]],
    allowed: ["admin"],
    state: (w) => one(w.db.select({ closed: users.deactivatedAt }).from(users).where(eq(users.id, w.owner.id))),
  },
};

import { randomUUID } from "node:crypto";
import type { APIRequestContext, Browser } from "@playwright/test";
import { morningCheckins, redFlagReports, runFiles, sessionLogs } from "@/db/schema";
import { today } from "@/lib/dates";
import { createExercise, createRunnerInCare, createUser, type TestUser } from "@/testing/factories";
import { createRunnerWithPlan, expect, signIn, test } from "../support/fixtures";
import { appRoutes, fill } from "../support/routes";

/*
 * Every page and route handler, read from app/, as six kinds of visitor. The expectation for each route
 * is written below; a route that is not listed fails the test, so a new page cannot escape the matrix.
 * "ok" is 200, "not-found" is 404 (never 403: another person's record does not exist for you), "login"
 * is a redirect to /login, "any" is any answer below 500.
 */
type Persona = "signedOut" | "owner" | "otherRunner" | "clinician" | "colleague" | "stranger" | "admin" | "strangerAdmin";
type Outcome = "ok" | "not-found" | "login" | "redirect" | "any";
const PERSONAS: Persona[] = ["signedOut", "owner", "otherRunner", "clinician", "colleague", "stranger", "admin", "strangerAdmin"];
/** A clinic admin sees every runner of their own clinic; another clinic's admin sees none of them. */
const isClinician = (p: Persona) => p === "clinician" || p === "colleague" || p === "stranger" || p === "admin" || p === "strangerAdmin";

const runnerPage = (p: Persona): Outcome => (p === "signedOut" ? "login" : p === "owner" || p === "otherRunner" ? "ok" : "not-found");
const ownRecord = (p: Persona): Outcome => (p === "signedOut" ? "login" : p === "owner" ? "ok" : "not-found");
const clinicPage = (p: Persona): Outcome => (p === "signedOut" ? "login" : isClinician(p) ? "ok" : "not-found");
const careRecord = (p: Persona): Outcome => (p === "signedOut" ? "login" : p === "clinician" || p === "admin" ? "ok" : "not-found");
const clinicRecord = (p: Persona): Outcome => (p === "signedOut" ? "login" : p === "clinician" || p === "colleague" || p === "admin" ? "ok" : "not-found");
/** Each admin's own clinic's page: nobody else's, and never for a clinician without the right. */
const adminPage = (p: Persona): Outcome => (p === "signedOut" ? "login" : p === "admin" || p === "strangerAdmin" ? "ok" : "not-found");
const anyone = (): Outcome => "any";
/** The runner's own record, or a clinician caring for them: exports of one runner. */
const ownOrCareRecord = (p: Persona): Outcome => (p === "signedOut" ? "login" : p === "owner" || p === "clinician" || p === "admin" ? "ok" : "not-found");

const MATRIX: Record<string, (p: Persona) => Outcome> = {
  "/": (p) => (p === "signedOut" ? "login" : "redirect"),
  "/login": anyone,
  "/invite/[token]": anyone,
  // Once a clinic exists the set-up page is gone for everyone, whatever the token.
  "/setup/[token]": () => "not-found",
  "/join/[token]": anyone,
  "/forgot-password": anyone,
  "/reset-password/[token]": anyone,
  // Only a session that still owes its second factor stays here; a full sign-in goes home.
  "/login/verify": (p) => (p === "signedOut" ? "login" : "redirect"),
  "/account/security": (p) => (p === "signedOut" ? "login" : "ok"),
  "/clinic/team": adminPage,
  "/api/health": anyone,
  "/api/auth/[...nextauth]": anyone,
  // POST only (a GET is 405 for everyone); its writes are tested in api-logs.spec.ts.
  "/api/logs": anyone,
  "/today": runnerPage,
  "/check-in": runnerPage,
  "/history": runnerPage,
  "/log/run": runnerPage,
  "/log/run/import": runnerPage,
  "/log/run/import/[id]": ownRecord,
  // The share target takes a POST (run-files.spec.ts); opened by hand it leads to the import page.
  "/log/run/import/shared": (p) => (p === "signedOut" ? "login" : "redirect"),
  "/api/run-files": anyone,
  "/log/session": runnerPage,
  "/progress": runnerPage,
  "/log": runnerPage,
  "/more": runnerPage,
  "/settings": runnerPage,
  "/worry": runnerPage,
  // Each runner's own thread: another runner opening /messages sees their own.
  "/messages": runnerPage,
  "/history/checkins/[id]": ownRecord,
  "/history/sessions/[id]": ownRecord,
  "/red-flags/[id]": ownRecord,
  "/clinic": clinicPage,
  "/clinic/audit": clinicPage,
  "/clinic/discharged": clinicPage,
  "/clinic/library": clinicPage,
  "/clinic/library/new": clinicPage,
  "/clinic/runners/new": clinicPage,
  "/clinic/settings": clinicPage,
  "/clinic/messages": clinicPage,
  "/clinic/runners/[runnerId]/messages": careRecord,
  // The development outbox does not exist in a production build.
  "/dev/outbox": (p) => (p === "signedOut" ? "login" : "not-found"),
  "/clinic/library/[id]/edit": clinicRecord,
  "/clinic/runners/[runnerId]": careRecord,
  "/clinic/runners/[runnerId]/plan/new": careRecord,
  "/clinic/runners/[runnerId]/plan/edit": careRecord,
  "/lefs": runnerPage,
  "/measures/[instrument]": runnerPage,
  // The clinic's own figures: every clinician of any clinic opens the page, and sees only their clinic's.
  "/clinic/outcomes": clinicPage,
  "/clinic/outcomes/episodes": clinicPage,
  // The owner has no discharged episode here, so there is no summary for anyone; outcomes.spec.ts shows one to its care team and not to another clinic.
  "/clinic/runners/[runnerId]/summary": (p) => (p === "signedOut" ? "login" : "not-found"),
  "/programme": runnerPage,
  "/clinic/runners/[runnerId]/programme": careRecord,
  "/export/runners/[runnerId]/[file]": ownOrCareRecord,
  // An archive is its requester's alone; with one in place that is tested in share/lifecycle.spec.ts (here the id is nobody's archive).
  "/export/archives/[id]": (p) => (p === "signedOut" ? "login" : "not-found"),
  // Each clinician's own roster; a runner has no caseload.
  "/export/caseload.csv": clinicPage,
  // A file only its exercise's viewers may fetch; with a photo in place this is tested in share.spec.ts.
  "/media/[id]/[file]": (p) => (p === "signedOut" ? "login" : "not-found"),
  // POST only (a GET is 405); uploads are tested in share.spec.ts.
  "/api/exercises/[id]/media": anyone,
};

async function visitor(browser: Browser, who: TestUser | null): Promise<APIRequestContext> {
  const context = await browser.newContext();
  if (who) await signIn(await context.newPage(), who);
  return context.request;
}

function outcome(status: number, location: string | undefined): Outcome {
  if (status === 200) return "ok";
  if (status === 404) return "not-found";
  if (status >= 300 && status < 400) return location?.includes("/login") ? "login" : "redirect";
  return status < 500 ? "any" : (`server error ${status}` as Outcome);
}

test("every page and route handler answers each kind of visitor as the matrix says", async ({ browser, db }) => {
  test.setTimeout(240_000);
  const { clinic, clinician, runner: owner } = await createRunnerWithPlan(db);
  const otherRunner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id });
  const colleague = await createUser(db, { clinicId: clinic.id, role: "clinician" });
  const { clinician: stranger } = await createRunnerWithPlan(db);
  const admin = await createUser(db, { clinicId: clinic.id, role: "clinician", admin: true });
  const strangerAdmin = await createUser(db, { clinicId: stranger.clinicId, role: "clinician", admin: true });
  const exercise = await createExercise(db, { clinicId: clinic.id });
  const [session] = await db.insert(sessionLogs).values({ runnerId: owner.id, clientId: randomUUID(), kind: "run", date: today(), durationMinutes: 20, rpe: 3, painDuring: 1, painAfter: 1, distanceKm: 3 }).returning();
  const [checkin] = await db.insert(morningCheckins).values({ runnerId: owner.id, clientId: randomUUID(), date: today(), pain: 1, stiffness: 1 }).returning();
  const [flag] = await db.insert(redFlagReports).values({ runnerId: owner.id, clientId: randomUUID(), source: "worry", asked: ["foot-drop"], signs: ["foot-drop"], urgency: "today", reportedBy: owner.id }).returning();
  // A run file read but not saved yet: its page is the owner's alone (no file in the store is needed to show it).
  const [runFile] = await db.insert(runFiles).values({ runnerId: owner.id, sha256: "0".repeat(64), format: "fit", sizeBytes: 100, storageKey: `runs/${owner.id}/matrix.fit`, startedAt: new Date(), distanceKm: 5, movingSeconds: 1800, elapsedSeconds: 1800 }).returning();
  const ids: Record<string, string> = { runnerId: owner.id, nextauth: "session", token: "not-a-token", file: "fhir.json", instrument: "psfs" };
  const idFor = (pattern: string) =>
    pattern.startsWith("/history/checkins") ? checkin!.id : pattern.startsWith("/history/sessions") ? session!.id : pattern.startsWith("/red-flags") ? flag!.id : pattern.startsWith("/log/run/import") ? runFile!.id : exercise.id;

  const routes = appRoutes();
  const unlisted = routes.map((r) => r.pattern).filter((p) => !(p in MATRIX));
  expect(unlisted, "routes with no expectation: add them to MATRIX").toEqual([]);

  const people: Record<Persona, TestUser | null> = { signedOut: null, owner, otherRunner, clinician, colleague, stranger, admin, strangerAdmin };
  const wrong: string[] = [];
  let cells = 0;
  for (const persona of PERSONAS) {
    const request = await visitor(browser, people[persona]);
    for (const { pattern } of routes) {
      const url = fill(pattern, { ...ids, id: idFor(pattern) });
      const response = await request.get(url, { maxRedirects: 0 });
      const got = outcome(response.status(), response.headers()["location"]);
      const want = MATRIX[pattern]!(persona);
      cells++;
      if (got.startsWith("server error") || (want !== "any" && got !== want)) wrong.push(`${persona} ${url}: expected ${want}, got ${got}`);
    }
  }
  test.info().annotations.push({ type: "authorization matrix", description: `${cells} cells, ${routes.length} routes x ${PERSONAS.length} visitors` });
  expect(wrong).toEqual([]);
});

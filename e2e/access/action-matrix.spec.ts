import { randomUUID } from "node:crypto";
import type { Browser } from "@playwright/test";
import { eq } from "drizzle-orm";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { clinicianNotes, exerciseMedia, morningCheckins, redFlagReports, sessionLogs, users } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { createExercise, createRunnerInCare, createUser, type TestUser } from "@/testing/factories";
import { createRunnerWithPlan, expect, signIn, test } from "../support/fixtures";
import { actionForm, postForm } from "../support/http-forms";

import { ELSEWHERE } from "./action-matrix-elsewhere";
import { MATRIX, PERSONAS, type Persona, type World } from "./action-matrix-rows";

/*
 * Every server action, read from the "use server" files under app/ and lib/actions/, posted by each kind of visitor with
 * the owner's own form (its bound ids included): only the people the matrix names may change the owner's
 * data; everyone else changes nothing and never gets a 5xx. An action missing from the matrix fails the
 * test, so a new action cannot escape it. Each row is also posted once by someone allowed, so a refusal
 * is proven to be a refusal, not a broken form.
 */

function serverActions(dir: string): string[] {
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

  const found = [...serverActions(path.join(process.cwd(), "app")), ...serverActions(path.join(process.cwd(), "lib", "actions"))].sort();
  expect(found.filter((a) => !(a in MATRIX) && !(a in ELSEWHERE)), "server actions with no row: add them to MATRIX or ELSEWHERE").toEqual([]);

  const people: Record<Persona, TestUser> = { owner, otherRunner, clinician, colleague, stranger, admin, strangerAdmin };
  const contexts = Object.fromEntries(await Promise.all(PERSONAS.map(async (p) => [p, await signedIn(browser, people[p])] as const))) as Record<Persona, Awaited<ReturnType<typeof signedIn>>>;
  const wrong: string[] = [];
  // The owner's session stays valid throughout: the password change, the discharge and closing the account come last, in that order.
  const last = ["changePasswordAction", "dischargeAction", "closeRunnerAccountAction"];
  const order = Object.keys(MATRIX).sort((a, b) => last.indexOf(a) - last.indexOf(b));
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

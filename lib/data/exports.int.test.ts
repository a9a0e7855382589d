import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb, selectRows } from "@/db";
import { auditLog, users } from "@/db/schema";
import { seedDemoIfEmpty } from "@/lib/seed";
import { addDaysIso, today } from "@/lib/dates";
import { buildExport } from "@/lib/export/files";
import { withRequestMemo } from "@/lib/request-memo";
import { doseLabel } from "@/lib/labels";
import { errorsOf, fhirIssues } from "@/testing/fhir-validator";
import { answersOf } from "@/lib/outcomes/fhir";
import { pdfText } from "@/testing/pdf-text";
import { actorOf, createActivePlan, createCaseload, createExercise, createRunnerInCare } from "@/testing/factories";
import { NotFoundError } from "@/lib/errors";
import { caseloadLogsCsv, LOG_COLUMNS } from "./exports";
import { PAIN_LOINC } from "./fhir";
import { saveLefs } from "./lefs";
import { saveMeasure } from "./measures";
import { createRunLog } from "./logs";
import { saveCheckin } from "./checkins";
import { getProgramme } from "./programme";

let db: Db;
beforeAll(async () => {
  db = await getDb();
  await seedDemoIfEmpty(db);
}, 120_000);

const text = (body: Uint8Array | string) => (typeof body === "string" ? body : Buffer.from(body).toString());
const rowsOf = (csv: string) => parse(csv, { columns: true }) as Record<(typeof LOG_COLUMNS)[number], string>[];

async function demoRunner(email: string) {
  const [runner] = await db.select().from(users).where(eq(users.email, email));
  const [clinician] = await selectRows<{ id: string; role: "clinician"; clinicId: string }>(db, sql`
    select u.id, u.role, u.clinic_id as "clinicId" from care_team ct join users u on u.id = ct.clinician_id where ct.runner_id = ${runner!.id} limit 1`);
  return { runner: actorOf(runner as never), clinician: clinician! };
}

async function loggedRunner() {
  const { clinic, clinician } = await createCaseload(db);
  const runner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, startDate: addDaysIso(today(), -10), name: "Zoe Logged" });
  const run = (date: string, painDuring: number, painAfter: number, notes = "") =>
    createRunLog(actorOf(runner), { clientId: randomUUID(), date, durationMinutes: 30, rpe: 5, painDuring, painAfter, distanceKm: 5, notes });
  await run(addDaysIso(today(), -2), 1, 1);
  await saveCheckin(actorOf(runner), { clientId: randomUUID(), date: addDaysIso(today(), -1), pain: 4, stiffness: 2 });
  await run(addDaysIso(today(), -1), 6, 3, "=HYPERLINK(\"http://evil\")");
  return { clinician, runner };
}

describe("a runner's logs as CSV", () => {
  it("has one row per entry with ISO dates, and each session's light and reasons as the app judges them", async () => {
    const { clinician, runner } = await loggedRunner();
    const { body, filename } = await buildExport(actorOf(clinician), runner.id, "logs.csv");
    expect(filename).toMatch(/\.csv$/);
    const rows = rowsOf(text(body));
    expect(rows.map((r) => [r.entry, r.date, r.pain_during, r.pain_after, r.next_morning_pain, r.morning_pain, r.light])).toEqual([
      ["run", addDaysIso(today(), -2), "1", "1", "4", "", "red"],
      ["morning check-in", addDaysIso(today(), -1), "", "", "", "4", ""],
      ["run", addDaysIso(today(), -1), "6", "3", "", "", "red"],
    ]);
    expect(rows[0]!.reasons).toBe("next morning pain 4, up 4 points");
    expect(rows[2]!).toMatchObject({ reasons: "pain 6 during; pain 3 after", light_provisional: "yes" });
    // A note that a spreadsheet would run as a formula is written as text.
    expect(rows[2]!.notes).toBe("'=HYPERLINK(\"http://evil\")");
  });

  it("is not found for another clinic or another runner, and each download is audited", async () => {
    const { clinician, runner } = await loggedRunner();
    const other = await createCaseload(db);
    await expect(buildExport(actorOf(other.clinician), runner.id, "logs.csv")).rejects.toBeInstanceOf(NotFoundError);
    await expect(buildExport(actorOf(other.runner), runner.id, "fhir.json")).rejects.toBeInstanceOf(NotFoundError);
    await buildExport(actorOf(runner), runner.id, "logs.csv");
    await buildExport(actorOf(clinician), runner.id, "fhir.json");
    const audited = await db.select().from(auditLog).where(and(eq(auditLog.runnerId, runner.id), sql`${auditLog.action} like 'export.%'`));
    expect(audited.map((a) => [a.action, a.actorId]).sort()).toEqual([["export.fhir", clinician.id], ["export.logs-csv", runner.id]].sort());
  });

  it("puts one view of the runner in the audit trail per download, however many series the file draws", async () => {
    const { clinician, runner } = await loggedRunner();
    const views = async () => (await db.select().from(auditLog).where(and(eq(auditLog.runnerId, runner.id), eq(auditLog.action, "runner.view")))).length;
    // As the route handler runs it: one memo for the request (React's cache only works while a page renders).
    await withRequestMemo(() => buildExport(actorOf(clinician), runner.id, "report.pdf"));
    expect(await views()).toBe(1);
    await withRequestMemo(() => buildExport(actorOf(clinician), runner.id, "logs.csv"));
    expect(await views()).toBe(2);
  }, 60_000);
});

describe("the FHIR R4 bundle", () => {
  it("of a demo runner validates with no errors, and its pain observations are the database's scores one for one", async () => {
    const { runner, clinician } = await demoRunner("alex@runner.example");
    await saveLefs(runner, { clientId: randomUUID(), answers: Array(20).fill(2) });
    await saveMeasure(runner, { instrument: "psfs", clientId: randomUUID(), activities: ["Running 10 km", "Sitting through a drive"], answers: [4, 7] });
    await saveMeasure(runner, { instrument: "groc", clientId: randomUUID(), activities: [], answers: [-2] });
    const bundle = JSON.parse(text((await buildExport(clinician, runner.id, "fhir.json")).body));
    expect(errorsOf(fhirIssues(bundle))).toEqual([]);

    const resources = bundle.entry.map((e: { resource: Record<string, unknown> }) => e.resource);
    expect(resources.filter((r: { resourceType: string }) => r.resourceType === "Patient")).toHaveLength(1);
    expect(resources.filter((r: { resourceType: string }) => r.resourceType === "CarePlan")).toHaveLength(1);
    const pain = resources.filter((r: { code?: { coding: { code: string }[] } }) => r.code?.coding[0]!.code === PAIN_LOINC);
    const exported = pain.map((o: { effectiveDateTime: string; valueInteger: number; component: { valueCodeableConcept: { coding: { code: string }[] } }[] }) => `${o.effectiveDateTime} ${o.component[0]!.valueCodeableConcept.coding[0]!.code} ${o.valueInteger}`).sort();
    const stored = (
      await selectRows<{ line: string }>(db, sql`
        select l.date::text || ' ' || (case when l.kind = 'run' then 'during-run' else 'during-exercise' end) || ' ' || l.pain_during as line from session_logs l where l.runner_id = ${runner.id}
        union all select l.date::text || ' ' || (case when l.kind = 'run' then 'after-run' else 'after-exercise' end) || ' ' || l.pain_after from session_logs l where l.runner_id = ${runner.id}
        union all select c.date::text || ' next-morning ' || c.pain from morning_checkins c where c.runner_id = ${runner.id}`)
    ).map((r) => r.line).sort();
    expect(stored.length).toBeGreaterThan(50);
    expect(exported).toEqual(stored);
    expect(resources.filter((r: { code?: { coding: { code: string }[] } }) => r.code?.coding[0]!.code === "lefs-total").map((o: { valueInteger: number }) => o.valueInteger)).toContain(40);
    // The measures as Questionnaires, and the LEFS just filled as a response that reads back to its answers.
    expect(resources.filter((r: { resourceType: string }) => r.resourceType === "Questionnaire").map((q: { name: string }) => q.name).sort()).toEqual(["GROC", "LEFS", "PSFS"]);
    const filled = resources.filter((r: { resourceType: string }) => r.resourceType === "QuestionnaireResponse").map(answersOf);
    expect(filled).toContainEqual(expect.objectContaining({ answers: Array(20).fill(2), score: 40 }));
    // PSFS and GROC too: the runner's own activities come back with their ratings, and each score is an Observation.
    expect(filled).toContainEqual(expect.objectContaining({ named: ["Running 10 km", "Sitting through a drive"], answers: [4, 7], score: 5.5 }));
    expect(filled).toContainEqual(expect.objectContaining({ answers: [-2], score: -2 }));
    const scoreOf = (code: string) => resources.filter((r: { code?: { coding: { code: string }[] } }) => r.code?.coding[0]!.code === code);
    expect(scoreOf("psfs-score").map((o: { valueQuantity: { value: number } }) => o.valueQuantity.value)).toContain(5.5);
    expect(scoreOf("groc-score").map((o: { valueInteger: number }) => o.valueInteger)).toContain(-2);
  }, 60_000);

  it("is caught by the validator when it is broken, so a pass means something", () => {
    const issues = errorsOf(fhirIssues({ resourceType: "Bundle", type: "collection", entry: [{ fullUrl: "urn:uuid:1", resource: { resourceType: "Observation", status: "done", valueInteger: "3" } }] }));
    expect(issues.length).toBeGreaterThanOrEqual(2);
  });
});

describe("the printed programme and report", () => {
  it("lists every exercise in force with its dose, the runner's own limits and the clinic's phone, read back from the PDF", async () => {
    const { runner, clinician } = await demoRunner("alex@runner.example");
    const programme = await getProgramme(clinician, runner.id);
    expect(programme.items.length).toBeGreaterThanOrEqual(2);
    const pdf = await buildExport(runner, runner.id, "programme.pdf");
    const printed = await pdfText(pdf.body as Uint8Array);
    for (const item of programme.items) {
      expect(printed).toContain(item.exercise.name);
      expect(printed).toContain(doseLabel(item.prescription));
    }
    expect(printed).toContain("Your pain rules");
    expect(printed).toContain(programme.rules[0]!.slice(0, 60));
    expect(printed).toContain(programme.clinic!.phone!);
  }, 60_000);

  it("reports pain, function with the LEFS verdict, the other measures, the red flags and the plan history", async () => {
    const { clinician, runner } = await loggedRunner();
    const exercise = await createExercise(db);
    await createActivePlan(db, { runnerId: runner.id, clinicianId: clinician.id, items: [{ exerciseId: exercise.id }] });
    await saveLefs(actorOf(runner), { clientId: randomUUID(), answers: Array(20).fill(1) });
    await saveMeasure(actorOf(runner), { instrument: "groc", clientId: randomUUID(), activities: [], answers: [4] });
    const printed = (await pdfText((await buildExport(actorOf(clinician), runner.id, "report.pdf")).body as Uint8Array)).replace(/\s+/g, " ");
    expect(printed).toContain("Global Rating of Change: GROC +4 (Moderately better)");
    expect(printed).toMatch(/Red flags None raised\./);
    expect(printed).toContain(`Progress report: ${runner.name}`);
    expect(printed).toContain("LEFS 20 of 80");
    expect(printed).toContain("Nerve glide plan");
    expect(printed).toContain("Plan history");
    // A Spanish-speaking runner downloads their own report in Spanish.
    const leído = (await pdfText((await buildExport(actorOf(runner), runner.id, "report.pdf", "es")).body as Uint8Array)).replace(/\s+/g, " ");
    expect(leído).toContain(`Informe de evolución: ${runner.name}`);
    expect(leído).toContain("Escala Global de Cambio: GROC +4 (Moderadamente mejor)");
    expect(leído).toMatch(/Señales de alarma Ninguna\./);
    expect(leído).toContain("Historial del plan");
    expect(leído).not.toContain("Plan history");
  }, 60_000);
});

describe("the caseload CSV", () => {
  it("streams every log of the clinician's own runners and nobody else's", async () => {
    const { clinician, runner } = await loggedRunner();
    const second = await createRunnerInCare(db, { clinicId: clinician.clinicId, clinicianId: clinician.id, name: "Aaron Second" });
    await createRunLog(actorOf(second), { clientId: randomUUID(), date: today(), durationMinutes: 20, rpe: 4, painDuring: 0, painAfter: 0, distanceKm: 3, notes: "" });
    const stranger = await loggedRunner();
    const csv = await new Response(await caseloadLogsCsv(actorOf(clinician))).text();
    const rows = rowsOf(csv);
    expect(new Set(rows.map((r) => r.runner_id))).toEqual(new Set([runner.id, second.id]));
    expect(rows.filter((r) => r.runner_id === runner.id)).toHaveLength(3);
    expect(rows[0]!.runner_name).toBe("Aaron Second");
    expect(rows.some((r) => r.runner_id === stranger.runner.id)).toBe(false);
    await expect(caseloadLogsCsv(actorOf(runner))).rejects.toThrow();
  });
});

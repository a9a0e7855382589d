import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/db";
import { auditLog, exercises, planTemplates, planVersions, plans, templateItems } from "@/db/schema";
import { seedExerciseLibrary } from "@/lib/seed";
import { addDaysIso, today } from "@/lib/dates";
import { actorOf, createCaseload, createExercise, createRunnerInCare, type TestUser } from "@/testing/factories";
import type { PlanInput } from "@/lib/validation/clinic";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { activeVersionOn } from "./plan-in-force";
import { createPlan, endPlan, getPlans, getTemplate, revisePlan, saveAsTemplate } from "./plans";
import { getCompletionBlocks } from "./recovery";
import { approveNextPhase } from "./progression";
import { getToday } from "./today";
import { versionToShow } from "@/lib/rules/plan-version";

let db: Db;
let clinician: TestUser;
let outsider: TestUser;
let library: Map<string, string>;

const item = (exerciseId: string, over: Partial<PlanInput["items"][number]> = {}): PlanInput["items"][number] => ({ exerciseId, sets: 2, reps: 10, daysPerWeek: 7, timesPerDay: 1, weekdays: [], notes: "", ...over });
const plan = (items: PlanInput["items"], startDate = today()): PlanInput => ({ title: "Glides", goal: "10 km", startDate, changeNote: "", laterPhases: "keep", items });

async function newRunner() {
  return createRunnerInCare(db, { clinicId: clinician.clinicId, clinicianId: clinician.id, password: null });
}

beforeAll(async () => {
  db = await getDb();
  library = await seedExerciseLibrary(db);
  ({ clinician } = await createCaseload(db));
  ({ clinician: outsider } = await createCaseload(db));
});

describe("plans and versions", () => {
  it("creates version 1, and an edit writes version 2 while version 1 stays readable", async () => {
    const runner = await newRunner();
    const planId = await createPlan(actorOf(clinician), runner.id, plan([item(library.get("supine-glide")!), item(library.get("seated-slider")!)]));
    const version = await revisePlan(actorOf(clinician), planId, { ...plan([item(library.get("supine-glide")!, { sets: 3 })]), changeNote: "Slider dropped" });
    expect(version).toBe(2);
    const [view] = await getPlans(actorOf(clinician), runner.id);
    expect(view!.versions.map((v) => [v.version, v.items.length, v.changeNote])).toEqual([
      [1, 2, "First version"],
      [2, 1, "Slider dropped"],
    ]);
    expect((await activeVersionOn(db, runner.id, today()))?.version).toBe(2);
  });

  it("turns template phases into waiting versions: no phase begins by date alone", async () => {
    const runner = await newRunner();
    const [{ id: templateId }] = (await createTemplateFromSeed(clinician.clinicId)) as [{ id: string }];
    const template = await getTemplate(actorOf(clinician), templateId);
    const start = addDaysIso(today(), -10);
    const planId = await createPlan(actorOf(clinician), runner.id, plan(template!.phases[0]!.items, start), templateId);
    const versions = await db.select().from(planVersions).where(eq(planVersions.planId, planId)).orderBy(planVersions.version);
    // Each later phase waits for its criteria; its template date is only the earliest it may begin.
    expect(versions.map((v) => [v.version, v.phase, v.effectiveFrom, v.waiting, v.minDays])).toEqual([
      [1, 1, start, false, 7],
      [2, 2, addDaysIso(start, 7), true, 7],
      [3, 3, addDaysIso(start, 14), true, null],
    ]);
    // Ten days in, and past week 2's date, week 1's dose is still in force.
    expect((await activeVersionOn(db, runner.id, today()))?.version).toBe(1);
  });

  it("creates a template's later phases as the clinician edited them before the plan existed", async () => {
    const runner = await newRunner();
    const [{ id: templateId }] = (await createTemplateFromSeed(clinician.clinicId)) as [{ id: string }];
    const template = await getTemplate(actorOf(clinician), templateId);
    const edited = [[item(library.get("nordic")!, { sets: 4 })], [item(library.get("supine-glide")!), item(library.get("seated-slider")!)]];
    const planId = await createPlan(actorOf(clinician), runner.id, { ...plan(template!.phases[0]!.items), laterItems: edited }, templateId);
    const [view] = await getPlans(actorOf(clinician), runner.id);
    const byVersion = new Map(view!.versions.map((v) => [v.version, v.items.map((i) => [i.exercise.name, i.prescription.sets])]));
    expect(byVersion.get(2)).toEqual([["Nordic hamstring exercise", 4]]);
    expect(byVersion.get(3)?.map(([name]) => name)).toEqual(["Supine sciatic nerve glide (slider)", "Seated sciatic nerve slider"]);
    expect(planId).toBeTypeOf("string");

    // A page opened before the template changed posts the wrong number of phases: refused, nothing stored.
    const other = await newRunner();
    await expect(createPlan(actorOf(clinician), other.id, { ...plan(template!.phases[0]!.items), laterItems: edited.slice(0, 1) }, templateId)).rejects.toThrow(InvalidFieldError);
    expect(await getPlans(actorOf(clinician), other.id)).toEqual([]);
  });

  it("keeps one active plan per runner, with a clear error", async () => {
    const runner = await newRunner();
    await createPlan(actorOf(clinician), runner.id, plan([item(library.get("nordic")!)]));
    await expect(createPlan(actorOf(clinician), runner.id, plan([item(library.get("nordic")!)]))).rejects.toThrow(InvalidFieldError);
  });

  it("archives a plan when it ends, and allows a new one", async () => {
    const runner = await newRunner();
    const planId = await createPlan(actorOf(clinician), runner.id, plan([item(library.get("nordic")!)]));
    await endPlan(actorOf(clinician), planId);
    const [row] = await db.select().from(plans).where(eq(plans.id, planId));
    expect(row!.status).toBe("ended");
    await expect(createPlan(actorOf(clinician), runner.id, plan([item(library.get("nordic")!)]))).resolves.toBeTypeOf("string");
  });

  it("refuses another clinician's runner and plan: not found, nothing changes", async () => {
    const runner = await newRunner();
    const planId = await createPlan(actorOf(clinician), runner.id, plan([item(library.get("nordic")!)]));
    await expect(createPlan(actorOf(outsider), runner.id, plan([item(library.get("nordic")!)]))).rejects.toThrow(NotFoundError);
    await expect(revisePlan(actorOf(outsider), planId, plan([item(library.get("glute-bridge")!)]))).rejects.toThrow(NotFoundError);
    await expect(endPlan(actorOf(outsider), planId)).rejects.toThrow(NotFoundError);
    await expect(getPlans(actorOf(outsider), runner.id)).rejects.toThrow(NotFoundError);
    expect(await db.select().from(planVersions).where(eq(planVersions.planId, planId))).toHaveLength(1);
  });

  it("refuses another clinic's custom exercise in a plan", async () => {
    const runner = await newRunner();
    const theirs = await createExercise(db, { clinicId: outsider.clinicId, painRule: "standard", category: "strength" });
    await expect(createPlan(actorOf(clinician), runner.id, plan([item(theirs.id)]))).rejects.toThrow(NotFoundError);
    expect(await db.select().from(plans).where(eq(plans.runnerId, runner.id))).toHaveLength(0);
  });

  it("saves a plan as a clinic template, and audits every write", async () => {
    const runner = await newRunner();
    const planId = await createPlan(actorOf(clinician), runner.id, plan([item(library.get("supine-glide")!), item(library.get("glute-bridge")!)]));
    const templateId = await saveAsTemplate(actorOf(clinician), planId, `From plan ${planId}`);
    const template = await getTemplate(actorOf(clinician), templateId);
    expect(template!.phases[0]!.items.map((i) => i.exerciseId)).toEqual([library.get("supine-glide"), library.get("glute-bridge")]);
    expect(await getTemplate(actorOf(outsider), templateId)).toBeNull();
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.actorId, clinician.id), eq(auditLog.subjectId, planId)));
    expect(audit.map((a) => a.action)).toContain("plan.create");
  });
});

/** A three-phase template in the clinic: 1 week, 1 week, then open-ended. */
async function createTemplateFromSeed(clinicId: string) {
  const [nordic] = await db.select().from(exercises).where(eq(exercises.name, "Nordic hamstring exercise"));
  const template = await db.insert(planTemplates).values({ clinicId, name: `Nordic ${Math.random()}` }).returning({ id: planTemplates.id });
  await db.insert(templateItems).values([1, 2, 3].map((phase) => ({ templateId: template[0]!.id, phase, phaseLabel: `Week ${phase}`, phaseWeeks: phase < 3 ? 1 : null, exerciseId: nordic!.id, sets: 2, reps: 4 + phase, daysPerWeek: phase, position: 0 })));
  return template;
}


describe("one version in force, everywhere, on every day", () => {
  const pinned = process.env.STRIDEBACK_NOW;
  const at = (date: string) => {
    process.env.STRIDEBACK_NOW = `${date}T12:00:00Z`;
  };
  afterAll(() => {
    if (pinned === undefined) delete process.env.STRIDEBACK_NOW;
    else process.env.STRIDEBACK_NOW = pinned;
  });

  it("a Nordic plan edited in week 1 reaches week 4's dose as each phase is approved; today, the runner's page and the chart agree for six weeks", async () => {
    const start = "2026-11-02";
    at(start);
    const runner = await createRunnerInCare(db, { clinicId: clinician.clinicId, clinicianId: clinician.id, startDate: "2026-11-01" });
    const nordic = library.get("nordic")!;
    const doses = [
      { sets: 2, reps: 5, daysPerWeek: 1, weeks: 1 },
      { sets: 2, reps: 6, daysPerWeek: 2, weeks: 1 },
      { sets: 3, reps: 7, daysPerWeek: 3, weeks: 1 },
      { sets: 3, reps: 9, daysPerWeek: 3, weeks: 1 },
      { sets: 3, reps: 9, daysPerWeek: 1, weeks: null },
    ];
    const [template] = await db.insert(planTemplates).values({ clinicId: clinician.clinicId, name: `Nordic walk ${Math.random()}` }).returning({ id: planTemplates.id });
    await db.insert(templateItems).values(doses.map((d, i) => ({ templateId: template!.id, phase: i + 1, phaseLabel: `Phase ${i + 1}`, phaseWeeks: d.weeks, exerciseId: nordic, sets: d.sets, reps: d.reps, daysPerWeek: d.daysPerWeek, position: 0 })));
    const planId = await createPlan(actorOf(clinician), runner.id, plan([item(nordic, { sets: 2, reps: 5, daysPerWeek: 1 })], start), template!.id);

    // Day 3 of week 1: the clinician lowers this week's dose, keeping the phases to come.
    at("2026-11-04");
    const edit = await revisePlan(actorOf(clinician), planId, { ...plan([item(nordic, { sets: 1, reps: 5, daysPerWeek: 1 })], start), changeNote: "Sore: one set this week" });
    expect(edit).toBe(6);

    const expected = (date: string) => (date < "2026-11-04" ? 1 : date < "2026-11-09" ? 6 : date < "2026-11-16" ? 2 : date < "2026-11-23" ? 3 : date < "2026-11-30" ? 4 : 5);
    // The clinician approves each next phase the day before the template's date: it begins the next day.
    const approvals = ["2026-11-08", "2026-11-15", "2026-11-22", "2026-11-29"];
    for (let date = start; date <= addDaysIso(start, 41); date = addDaysIso(date, 1)) {
      at(date);
      const onToday = (await getToday(actorOf(runner)))!.plan!;
      const active = (await getPlans(actorOf(clinician), runner.id)).find((p) => p.status === "active")!;
      const onRunnerPage = versionToShow(active.versions, date)!;
      const onChart = (await getCompletionBlocks(actorOf(clinician), runner.id, "4w")).blocks.at(-1)!.version!;
      expect([date, onToday.version.version]).toEqual([date, expected(date)]);
      expect(onRunnerPage.id).toBe(onToday.version.id);
      expect(onChart.id).toBe(onToday.version.id);
      if (date >= "2026-11-23" && date < "2026-11-30") expect(onToday.items.map((i) => [i.prescription.sets, i.prescription.reps, i.prescription.daysPerWeek])).toEqual([[3, 9, 3]]);
      if (approvals.includes(date)) {
        const next = active.versions.filter((v) => v.waiting).sort((a, b) => a.phase - b.phase)[0]!;
        expect(await approveNextPhase(actorOf(clinician), planId, next.id, null)).toBe(true);
      }
    }
  });

  it("replacing the phases to come makes the edit last, and saves what is in force as a template", async () => {
    const start = "2026-11-02";
    at(start);
    const runner = await createRunnerInCare(db, { clinicId: clinician.clinicId, clinicianId: clinician.id, startDate: "2026-11-01" });
    const [{ id: templateId }] = (await createTemplateFromSeed(clinician.clinicId)) as [{ id: string }];
    const template = await getTemplate(actorOf(clinician), templateId);
    const planId = await createPlan(actorOf(clinician), runner.id, plan(template!.phases[0]!.items, start), templateId);
    at("2026-11-04");
    await revisePlan(actorOf(clinician), planId, { ...plan([item(library.get("glute-bridge")!)], start), laterPhases: "replace" });
    at("2026-11-20");
    expect((await getToday(actorOf(runner)))!.plan!.items.map((i) => i.exercise.name)).toEqual(["Glute bridge"]);
    const saved = await getTemplate(actorOf(clinician), await saveAsTemplate(actorOf(clinician), planId, `Replaced ${planId}`));
    expect(saved!.phases[0]!.items.map((i) => i.exerciseId)).toEqual([library.get("glute-bridge")]);
    const view = (await getPlans(actorOf(clinician), runner.id))[0]!;
    expect(view.versions.filter((v) => v.superseded).map((v) => v.version)).toEqual([2, 3]);
  });
});

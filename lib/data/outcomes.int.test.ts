import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb } from "@/db";
import { episodes, planTemplates, plans, redFlagReports } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { InvalidFieldError } from "@/lib/errors";
import { summaryLines } from "@/lib/outcomes/summary-lines";
import { actorOf, createActivePlan, createCaseload, createExercise, createRunnerInCare, createUser } from "@/testing/factories";
import { saveCheckin } from "./checkins";
import { dischargeRunner } from "./discharge";
import { getEpisode } from "./episodes";
import { createRunLog } from "./logs";
import { saveMeasure, scheduleMeasure } from "./measures";
import { clinicOutcomes, outcomeEpisodes } from "./outcomes";
import { readmitRunner } from "./runners";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const day = (n: number) => addDaysIso(today(), n - 27);
const run = (date: string, pain: number) => ({ clientId: randomUUID(), date, distanceKm: 5, durationMinutes: 30, rpe: 4, painDuring: pain, painAfter: pain, notes: "" });
const fill = (instrument: "psfs" | "groc", activities: string[], answers: number[]) => ({ instrument, clientId: randomUUID(), activities, answers });

/** A runner 28 days into care on the clinic's glide template: painful runs in week 1, settled ones from week 2. */
async function episodeOnTemplate(world: Awaited<ReturnType<typeof createCaseload>>) {
  const { clinic, clinician } = world;
  const runner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, startDate: day(0), presentation: "neural_tension" });
  const [template] = await db.insert(planTemplates).values({ clinicId: clinic.id, name: `Glides ${randomUUID().slice(0, 6)}`, presentation: "neural_tension" }).returning();
  const exercise = await createExercise(db);
  const { plan } = await createActivePlan(db, { runnerId: runner.id, clinicianId: clinician.id, startDate: day(0), items: [{ exerciseId: exercise.id }] });
  await db.update(plans).set({ templateId: template!.id }).where(eq(plans.id, plan.id));
  for (const d of [0, 2, 4]) {
    await createRunLog(actorOf(runner), run(day(d), 5));
    await saveCheckin(actorOf(runner), { clientId: randomUUID(), date: day(d + 1), pain: 3 });
  }
  for (const d of [8, 10, 12, 21, 23, 25]) {
    await saveCheckin(actorOf(runner), { clientId: randomUUID(), date: day(d), pain: 0 });
    await createRunLog(actorOf(runner), run(day(d), 1));
    await saveCheckin(actorOf(runner), { clientId: randomUUID(), date: day(d + 1), pain: 0 });
  }
  await db.insert(redFlagReports).values({ runnerId: runner.id, clientId: randomUUID(), source: "worry", asked: ["foot-drop"], signs: ["foot-drop"], urgency: "today", reportedBy: runner.id });
  await scheduleMeasure(actorOf(clinician), runner.id, "psfs", { atIntake: true, everyDays: 14, atDischarge: true, startsOn: day(0) });
  await saveMeasure(actorOf(runner), fill("psfs", ["Running 10 km"], [2]));
  await saveMeasure(actorOf(runner), fill("psfs", ["Running 10 km"], [7]));
  await saveMeasure(actorOf(runner), fill("groc", [], [5]));
  return { runner, template: template! };
}

describe("an episode of care, frozen at discharge", () => {
  it("states the pain change, the first pain-free week, the measures with their verdicts, the red flags and adherence", async () => {
    const world = await createCaseload(db);
    const { runner, template } = await episodeOnTemplate(world);
    await dischargeRunner(actorOf(world.clinician), runner.id, { date: today(), reason: "Back to 10 km pain-free." });
    const [row] = await db.select().from(episodes).where(eq(episodes.runnerId, runner.id));
    expect(row).toMatchObject({ startedOn: day(0), dischargedOn: today(), presentation: "neural_tension", templateId: template.id, daysToPainFree: 14, redFlags: 1, psfsFirst: 2, psfsLast: 7, groc: 5, lefsFirst: null });
    const summary = await getEpisode(actorOf(runner), runner.id);
    const text = summaryLines(summary!.body, "en").sections.map((s) => `${s.heading}: ${s.lines.join(" ")}`);
    expect(text.find((s) => s.startsWith("Pain over the episode"))).toMatch(/averaged 3 in the first two weeks and 1 in the last two: a real improvement.*6 sessions.*by day 14/);
    expect(text.find((s) => s.startsWith("Outcome measures"))).toMatch(/Patient-Specific Functional Scale: PSFS 2.0 of 10 .* to PSFS 7.0 of 10 .*\+5: a real change.*Global Rating of Change: GROC \+5 \(Quite a bit better\).*a real change/);
    expect(text.find((s) => s.startsWith("Red flags"))).toMatch(/Foot drop|foot/i);
    expect(text.find((s) => s.startsWith("Closing note"))).toBe("Closing note: Back to 10 km pain-free.");
    // Another clinic reads none of it.
    const outsider = await createCaseload(db);
    await expect(getEpisode(actorOf(outsider.clinician), runner.id)).rejects.toThrow();
  });

  it("starts a new episode at re-admission, and refuses a discharge dated before it", async () => {
    const world = await createCaseload(db);
    const runner = await createRunnerInCare(db, { clinicId: world.clinic.id, clinicianId: world.clinician.id, startDate: day(0) });
    await dischargeRunner(actorOf(world.clinician), runner.id, { date: day(10), reason: "Moved away." });
    await readmitRunner(actorOf(world.clinician), runner.id);
    await expect(dischargeRunner(actorOf(world.clinician), runner.id, { date: day(20), reason: "x" })).rejects.toBeInstanceOf(InvalidFieldError);
    await dischargeRunner(actorOf(world.clinician), runner.id, { date: today(), reason: "Back again and done." });
    const rows = await db.select({ startedOn: episodes.startedOn, dischargedOn: episodes.dischargedOn }).from(episodes).where(eq(episodes.runnerId, runner.id)).orderBy(episodes.startedOn);
    expect(rows).toEqual([{ startedOn: day(0), dischargedOn: day(10) }, { startedOn: today(), dischargedOn: today() }]);
  });
});

describe("the clinic's outcomes", () => {
  it("adds up its own episodes per presentation and template, filters them, names only runners the viewer may see, and shows another clinic nothing", async () => {
    const world = await createCaseload(db);
    const { runner, template } = await episodeOnTemplate(world);
    await dischargeRunner(actorOf(world.clinician), runner.id, { date: today(), reason: "Goals met." });
    const clinician = actorOf(world.clinician);
    const outcomes = await clinicOutcomes(clinician, {});
    const byPresentation = outcomes.presentations.find((r) => r.key === "neural_tension")!;
    expect(byPresentation).toMatchObject({ episodes: 1, painFree: 1, medianDaysToPainFree: 14, psfs: 1, psfsMedian: 5, psfsReal: 1, groc: 1, grocReal: 1, redFlags: 1 });
    expect(outcomes.templates.find((r) => r.key === template.id)).toMatchObject({ label: template.name, episodes: 1 });

    expect((await clinicOutcomes(clinician, { from: addDaysIso(today(), 1) })).total).toBe(0);
    const colleague = await createUser(db, { clinicId: world.clinic.id, role: "clinician" });
    expect((await clinicOutcomes(clinician, { clinician: colleague.id })).total).toBe(0);
    expect((await clinicOutcomes(clinician, { clinician: world.clinician.id })).total).toBe(1);

    const group = { by: "presentation" as const, presentation: "neural_tension" as const };
    expect(await outcomeEpisodes(clinician, {}, group, "psfsReal")).toMatchObject({ episodes: [{ runnerId: runner.id, name: runner.name }], others: 0 });
    expect(await outcomeEpisodes(actorOf(colleague), {}, group, "psfsReal")).toEqual({ episodes: [], others: 1 });
    expect((await outcomeEpisodes(clinician, {}, group, "lefsReal")).episodes).toEqual([]);

    const outsider = await createCaseload(db);
    expect(await clinicOutcomes(actorOf(outsider.clinician), {})).toMatchObject({ total: 0, presentations: [], templates: [] });
    expect(await outcomeEpisodes(actorOf(outsider.clinician), {}, group, "episodes")).toEqual({ episodes: [], others: 0 });
    expect(await clinicOutcomes(actorOf(runner), {})).toMatchObject({ total: 0 });
  });
});

import { inWords } from "@/lib/i18n/say";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb } from "@/db";
import { violatedConstraint } from "@/db/errors";
import { measureResponses, measureSchedules } from "@/db/schema";
import { today } from "@/lib/dates";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { grocSchema, measureScheduleSchema, psfsSchema } from "@/lib/validation/measures";
import { actorOf, createCaseload } from "@/testing/factories";
import { askDischargeMeasures, getMeasures, saveMeasure, scheduleMeasure, stopMeasure } from "./measures";
import { refusalOf } from "@/testing/refusals";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const psfs = (activities: string[], answers: number[]) => ({ instrument: "psfs" as const, clientId: randomUUID(), activities, answers });
const groc = (rating: number) => ({ instrument: "groc" as const, clientId: randomUUID(), activities: [], answers: [rating] });
const measure = async (actor: ReturnType<typeof actorOf>, runnerId: string, id: string) => (await getMeasures(actor, runnerId)).measures.find((m) => m.instrument.id === id)!;

describe("outcome measures per runner", () => {
  it("PSFS at intake and every 2 weeks: due at intake, filled once per client id, later fills rate the same activities, and 2 points on the mean is real", async () => {
    const { clinician, runner } = await createCaseload(db);
    const other = await createCaseload(db);
    const schedule = { atIntake: true, everyDays: 14, atDischarge: true, startsOn: today() };
    await expect(scheduleMeasure(actorOf(other.clinician), runner.id, "psfs", schedule)).rejects.toBeInstanceOf(NotFoundError);
    await scheduleMeasure(actorOf(clinician), runner.id, "psfs", schedule);
    expect((await measure(actorOf(runner), runner.id, "psfs")).due).toBe("intake");
    expect((await measure(actorOf(runner), runner.id, "groc")).due).toBeNull();

    const first = psfs(["Running 10 km", "Sitting through a drive"], [3, 4]);
    const saved = await saveMeasure(actorOf(runner), first);
    expect(saved).toMatchObject({ score: 3.5, duplicate: false });
    expect(await saveMeasure(actorOf(runner), first)).toMatchObject({ id: saved.id, duplicate: true });
    // Filled today: neither the intake nor the fortnightly review is due until two weeks on.
    const after = await measure(actorOf(clinician), runner.id, "psfs");
    expect(after).toMatchObject({ due: null, responses: [{ score: 3.5, activities: ["Running 10 km", "Sitting through a drive"] }] });

    expect(await refusalOf(saveMeasure(actorOf(runner), psfs(["Sprinting"], [9])))).toMatch(/Rate the activities you named first \(Running 10 km; Sitting through a drive\)/);
    await saveMeasure(actorOf(runner), psfs(["Running 10 km", "Sitting through a drive"], [5, 6]));
    expect((await measure(actorOf(runner), runner.id, "psfs")).change).toEqual({ points: 2, real: true, direction: "better" });

    await expect(saveMeasure(actorOf(clinician), groc(3))).rejects.toBeInstanceOf(NotFoundError);
    await expect(getMeasures(actorOf(other.clinician), runner.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getMeasures(actorOf(other.runner), runner.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(stopMeasure(actorOf(other.clinician), runner.id, "psfs")).rejects.toBeInstanceOf(NotFoundError);
    await stopMeasure(actorOf(clinician), runner.id, "psfs");
    expect((await measure(actorOf(runner), runner.id, "psfs")).schedule).toBeNull();
    expect(await db.select().from(measureResponses).where(eq(measureResponses.runnerId, runner.id))).toHaveLength(2);
  });

  it("asks for the discharge measures only when the clinician asks, until the runner fills them", async () => {
    const { clinician, runner } = await createCaseload(db);
    const other = await createCaseload(db);
    await scheduleMeasure(actorOf(clinician), runner.id, "groc", { atIntake: false, everyDays: null, atDischarge: true, startsOn: today() });
    expect((await measure(actorOf(runner), runner.id, "groc")).due).toBeNull();
    await expect(askDischargeMeasures(actorOf(other.clinician), runner.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await measure(actorOf(runner), runner.id, "groc")).due).toBeNull();
    await askDischargeMeasures(actorOf(clinician), runner.id);
    expect((await measure(actorOf(runner), runner.id, "groc")).due).toBe("discharge");
    await saveMeasure(actorOf(runner), groc(4));
    const filled = await measure(actorOf(clinician), runner.id, "groc");
    expect(filled).toMatchObject({ due: null, change: { points: 4, real: true, direction: "better" } });
  });

  it("refuses a fill that cannot be scored, and the database refuses a score that disagrees with its answers", async () => {
    const { runner } = await createCaseload(db);
    await expect(saveMeasure(actorOf(runner), psfs(["a", "b", "c", "d"], [1, 2, 3, 4]))).rejects.toBeInstanceOf(InvalidFieldError);
    await expect(saveMeasure(actorOf(runner), groc(8))).rejects.toBeInstanceOf(InvalidFieldError);
    const row = { runnerId: runner.id, clientId: randomUUID(), date: today() };
    const refused = async (values: Partial<typeof measureResponses.$inferInsert>) => {
      try {
        await db.insert(measureResponses).values({ ...row, clientId: randomUUID(), instrument: "psfs", activities: ["Running"], answers: [5], score: 5, ...values });
        return null;
      } catch (error) {
        return violatedConstraint(error);
      }
    };
    expect(await refused({})).toBeNull();
    expect(await refused({ score: 6 })).toBe("measure_responses_score");
    expect(await refused({ answers: [5, 6], score: 5.5 })).toBe("measure_responses_psfs");
    expect(await refused({ answers: [11], score: 11 })).toBe("measure_responses_psfs");
    expect(await refused({ activities: [""] })).toBe("measure_responses_psfs");
    expect(await refused({ instrument: "groc", activities: [], answers: [-8], score: -8 })).toBe("measure_responses_groc");
    expect(await refused({ instrument: "lefs" })).toBe("measure_responses_instrument");
    await expect(db.insert(measureSchedules).values({ runnerId: runner.id, instrument: "psfs", startsOn: today() })).rejects.toSatisfy((e) => violatedConstraint(e) === "measure_schedules_some_occasion");
    await expect(db.insert(measureSchedules).values({ runnerId: runner.id, instrument: "psfs", everyDays: 3, startsOn: today() })).rejects.toSatisfy((e) => violatedConstraint(e) === "measure_schedules_every_range");
  });
});

describe("the measure forms", () => {
  const id = randomUUID();
  it("PSFS: the first activity is required, each named activity needs its rating and each rating its activity", () => {
    expect(psfsSchema.parse({ clientId: id, activity1: " Running 10 km ", rating1: "3", activity2: "", rating2: "" })).toEqual({ instrument: "psfs", clientId: id, activities: ["Running 10 km"], answers: [3] });
    const issues = (form: Record<string, string>) => psfsSchema.safeParse({ clientId: id, ...form }).error?.issues.map((i) => [i.path.join("."), inWords(i.message, "en")]);
    expect(issues({})).toEqual([["activity1", "Name at least one activity you find hard because of your problem."]]);
    expect(issues({ activity1: "Running" })).toEqual([["rating1", "Enter the rating of activity 1."]]);
    expect(issues({ activity1: "Running", rating1: "11" })).toEqual([["rating1", "The rating of activity 1 is a whole number from 0 to 10 (0 unable, 10 as before the injury)."]]);
    expect(issues({ activity1: "Running", rating1: "4", rating2: "5" })).toEqual([["activity2", "Name activity 2, or clear its rating."]]);
  });

  it("GROC: one rating from -7 to +7; a schedule needs at least one occasion", () => {
    expect(grocSchema.parse({ clientId: id, rating: "-2" }).answers).toEqual([-2]);
    expect(inWords(grocSchema.safeParse({ clientId: id }).error!.issues[0]!.message, "en")).toBe("Enter your rating.");
    expect(grocSchema.safeParse({ clientId: id, rating: "8" }).success).toBe(false);
    expect(measureScheduleSchema.parse({ everyDays: "14", startsOn: "2026-12-01" })).toEqual({ atIntake: false, everyDays: 14, atDischarge: false, startsOn: "2026-12-01" });
    const none = measureScheduleSchema.safeParse({ everyDays: "", startsOn: "2026-12-01" }).error!.issues[0]!.message;
    expect(inWords(none, "en")).toBe("Choose at least one: at intake, a regular interval, or at discharge.");
    expect(inWords(none, "es")).toBe("Elige al menos una opción: al inicio, a intervalos regulares o al alta.");
    expect(inWords(measureScheduleSchema.safeParse({ everyDays: "10", startsOn: "2026-12-01" }).error!.issues[0]!.message, "en")).toBe("Choose how often.");
  });
});

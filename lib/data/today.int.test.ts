import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { actorOf, createActivePlan, createCaseload, createExercise, type TestUser } from "@/testing/factories";
import { today } from "@/lib/dates";
import { getRunnerTriage } from "./roster";
import { createSessionLog } from "./logs";
import { getToday } from "./today";

let runner: TestUser;
let clinician: TestUser;
let otherRunner: TestUser;

beforeAll(async () => {
  const db = await getDb();
  ({ runner, clinician } = await createCaseload(db));
  ({ runner: otherRunner } = await createCaseload(db));
  const glide = await createExercise(db, { name: `Supine glide ${runner.id}` });
  await createActivePlan(db, { runnerId: runner.id, clinicianId: clinician.id, items: [{ exerciseId: glide.id }] });
});

describe("getToday", () => {
  it("shows the runner's own plan with today's exercises due", async () => {
    const today = await getToday(actorOf(runner));
    expect(today?.plan?.title).toBe("Nerve glide plan");
    expect(today?.plan?.items.map((i) => [i.exercise.name, i.due])).toEqual([[`Supine glide ${runner.id}`, true]]);
  });

  it("shows an empty state, not someone else's plan, to a runner without one", async () => {
    const today = await getToday(actorOf(otherRunner));
    expect(today?.plan).toBeNull();
  });

  it("is not available to a clinician", async () => {
    expect(await getToday(actorOf(clinician))).toBeNull();
  });
});

describe("times per day", () => {
  it("lists a twice-a-day Extender twice, and one logged session is half of that day's completion", async () => {
    const db = await getDb();
    const { runner: r, clinician: c } = await createCaseload(db);
    const extender = await createExercise(db, { name: `Askling Extender ${r.id}`, category: "eccentric", painRule: "standard" });
    const { prescriptions } = await createActivePlan(db, { runnerId: r.id, clinicianId: c.id, items: [{ exerciseId: extender.id, timesPerDay: 2 }] });
    const before = (await getToday(actorOf(r)))!.plan!.items[0]!;
    expect(before).toMatchObject({ doses: { total: 2, done: 0 }, due: true });

    const result = { prescriptionId: prescriptions[0]!.id, done: true, sets: 2, reps: 10, painDuring: 1 };
    await createSessionLog(actorOf(r), { clientId: randomUUID(), date: today(), durationMinutes: 10, rpe: 3, painAfter: 1, notes: "", results: [result] });
    const after = (await getToday(actorOf(r)))!.plan!.items[0]!;
    // Still due: the evening dose is to come.
    expect(after).toMatchObject({ doses: { total: 2, done: 1 }, due: true });
    const row = await getRunnerTriage(actorOf(c), r.id);
    expect(row!.completion).toMatchObject({ done: 1, prescribed: 2, ratio: 0.5, stopped: false });
  });
});

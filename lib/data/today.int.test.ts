import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { actorOf, createActivePlan, createCaseload, createExercise, type TestUser } from "@/lib/testing/factories";
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

import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { actorOf, createCaseload, createRunnerInCare, type TestUser } from "@/lib/testing/factories";
import { listCaseload } from "./caseload";
import { getRunner } from "./runners";

/* Who may read a runner: their own clinicians, and the runner themselves. Nobody else. */
let mine: { clinician: TestUser; runner: TestUser; second: TestUser };
let theirs: { clinician: TestUser; runner: TestUser };

beforeAll(async () => {
  const db = await getDb();
  const a = await createCaseload(db);
  const second = await createRunnerInCare(db, { clinicId: a.clinic.id, clinicianId: a.clinician.id });
  mine = { clinician: a.clinician, runner: a.runner, second };
  const b = await createCaseload(db);
  theirs = { clinician: b.clinician, runner: b.runner };
});

describe("listCaseload", () => {
  it("lists exactly the runners in the clinician's care", async () => {
    const rows = await listCaseload(actorOf(mine.clinician));
    expect(rows.map((r) => r.runnerId).sort()).toEqual([mine.runner.id, mine.second.id].sort());
  });

  it("lists nothing for a runner, even one who names themselves", async () => {
    expect(await listCaseload(actorOf(mine.runner))).toEqual([]);
  });
});

describe("getRunner", () => {
  it("returns a runner in the clinician's care", async () => {
    const runner = await getRunner(actorOf(mine.clinician), mine.runner.id);
    expect(runner?.name).toBe(mine.runner.name);
  });

  it("is not found for another clinician's runner", async () => {
    expect(await getRunner(actorOf(mine.clinician), theirs.runner.id)).toBeNull();
    expect(await getRunner(actorOf(theirs.clinician), mine.runner.id)).toBeNull();
  });

  it("lets a runner see themselves and nobody else", async () => {
    expect((await getRunner(actorOf(mine.runner), mine.runner.id))?.id).toBe(mine.runner.id);
    expect(await getRunner(actorOf(mine.runner), mine.second.id)).toBeNull();
  });

  it("is not found for an id that is not a UUID", async () => {
    expect(await getRunner(actorOf(mine.clinician), "not-a-uuid")).toBeNull();
  });
});

import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditLog } from "@/db/schema";
import { actorOf, createCaseload, createRunnerInCare, type TestUser } from "@/testing/factories";
import { listCaseload } from ".";
import { NotFoundError } from "@/lib/errors";
import { getRunner, updateRunnerProfile } from "../runners";

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

describe("updateRunnerProfile", () => {
  it("records the usual pain and time zone, audited with the values before", async () => {
    const db = await getDb();
    const input = { presentation: "referred_lumbar" as const, affectedSide: "both" as const, goal: "Run to work", usualPain: 3, timeZone: "America/Chicago" };
    await updateRunnerProfile(actorOf(mine.clinician), mine.second.id, input);
    expect(await getRunner(actorOf(mine.clinician), mine.second.id)).toMatchObject({ usualPain: 3, timeZone: "America/Chicago", presentation: "referred_lumbar" });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.action, "profile.update"), eq(auditLog.subjectId, mine.second.id)));
    expect(audit!.detail).toMatchObject({ before: { usualPain: 0, timeZone: "UTC" }, after: { usualPain: 3, timeZone: "America/Chicago" } });
  });

  it("is not found for another clinic's clinician and for the runner, changing nothing", async () => {
    const input = { presentation: "cramp" as const, affectedSide: "left" as const, goal: "", usualPain: 9, timeZone: "UTC" };
    await expect(updateRunnerProfile(actorOf(theirs.clinician), mine.runner.id, input)).rejects.toThrow(NotFoundError);
    await expect(updateRunnerProfile(actorOf(mine.runner), mine.runner.id, input)).rejects.toThrow(NotFoundError);
    expect((await getRunner(actorOf(mine.clinician), mine.runner.id))?.usualPain).toBe(0);
  });
});

describe("URL filters", () => {
  it("an unknown library category or presentation lists nothing, and a NUL in the search is harmless", async () => {
    const { listExercises } = await import("../exercises");
    expect(await listExercises(actorOf(mine.clinician), { category: "x" })).toEqual([]);
    expect(await listExercises(actorOf(mine.clinician), { presentation: "x" })).toEqual([]);
  });
});

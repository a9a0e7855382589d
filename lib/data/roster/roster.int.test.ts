import { worded } from "@/testing/chips";
import { say } from "@/lib/i18n/say";
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { clinicPainRules, runnerTriage } from "@/db/schema";
import { readView } from ".";
import { addDaysIso, today } from "@/lib/dates";
import { actorOf, createActivePlan, createCaseload, createExercise, createRunnerInCare, type TestUser } from "@/testing/factories";
import { getRunnerTriage } from ".";
import { createRunLog, deleteEntry } from "../logs";
import { setRunnerPainRules } from "../pain-rules";
import { reportWorry, resolveRedFlag } from "../red-flags";
import { getRosterPage, listCaseload } from ".";

/*
 * The roster reads each runner's triage from a stored summary. These tests hold it to one promise: after
 * any write and on any day, the roster shows exactly what lib/rules/triage says now (the runner's own
 * page judges live, so the two are compared), and its pages, sorts and searches are the whole caseload.
 */

const run = (date: string, pain: number) => ({ clientId: randomUUID(), date, distanceKm: 5, durationMinutes: 30, rpe: 4, painDuring: pain, painAfter: pain, notes: "" });

async function rosterAgreesWithLiveJudgement(clinician: TestUser, runnerId: string) {
  const row = (await listCaseload(actorOf(clinician))).find((r) => r.runnerId === runnerId);
  const live = await getRunnerTriage(actorOf(clinician), runnerId);
  expect(row?.triage).toEqual(live?.triage);
  return row!.triage;
}

afterEach(() => {
  delete process.env.STRIDEBACK_NOW;
  delete process.env.STRIDEBACK_CODE_REVISION;
});

describe("the roster's stored triage", () => {
  it("follows every kind of write the pain rules read: a log, its deletion, the runner's limits, the clinic's, a red flag and its resolution", async () => {
    const db = await getDb();
    const { clinic, clinician, runner } = await createCaseload(db);
    const glide = await createExercise(db, { clinicId: clinic.id });
    await createActivePlan(db, { runnerId: runner.id, clinicianId: clinician.id, startDate: addDaysIso(today(), -3), items: [{ exerciseId: glide.id }] });
    // New to care with nothing logged yet: too early to judge, so green, not "stopped".
    const fresh = await rosterAgreesWithLiveJudgement(clinician, runner.id);
    expect(fresh.status).toBe("green");
    expect(worded(fresh.chips)).toEqual([{ tone: "green", text: "new: nothing logged yet" }]);

    const saved = await createRunLog(actorOf(runner), run(today(), 8));
    expect((await rosterAgreesWithLiveJudgement(clinician, runner.id)).status).toBe("red");

    await setRunnerPainRules(actorOf(clinician), runner.id, { painDuringAmberAbove: 8, painDuringRedAbove: 9, painAfterAmberAbove: 8, painAfterRedAbove: 9, reason: "Tolerates more load" } as never);
    expect((await rosterAgreesWithLiveJudgement(clinician, runner.id)).status).not.toBe("red");

    await setRunnerPainRules(actorOf(clinician), runner.id, { reason: "Back to the clinic's limits" } as never);
    await db.update(clinicPainRules).set({ painDuringAmberAbove: 8, painDuringRedAbove: 9, painAfterAmberAbove: 8, painAfterRedAbove: 9 }).where(eq(clinicPainRules.clinicId, clinic.id));
    expect((await rosterAgreesWithLiveJudgement(clinician, runner.id)).status).not.toBe("red");
    await db.delete(clinicPainRules).where(eq(clinicPainRules.clinicId, clinic.id));
    expect((await rosterAgreesWithLiveJudgement(clinician, runner.id)).status).toBe("red");

    const flag = await reportWorry(actorOf(runner), { clientId: randomUUID(), screen: { asked: ["saddle-numbness"], signs: ["saddle-numbness"] } } as never);
    expect((await rosterAgreesWithLiveJudgement(clinician, runner.id)).status).toBe("urgent");
    await resolveRedFlag(actorOf(clinician), flag.id, { resolution: "called", note: "Called: no saddle numbness on questioning" } as never);
    expect((await rosterAgreesWithLiveJudgement(clinician, runner.id)).status).toBe("red");

    await deleteEntry(actorOf(runner), "session", saved.id);
    expect((await rosterAgreesWithLiveJudgement(clinician, runner.id)).status).toBe("green");
  });

  it("is judged again when the runner's day turns, with no write at all", async () => {
    const db = await getDb();
    const { clinician, runner } = await createCaseload(db);
    await createRunLog(actorOf(runner), run(today(), 1));
    expect((await rosterAgreesWithLiveJudgement(clinician, runner.id)).chips.map((c) => say("en", c.says))).not.toContainEqual(expect.stringMatching(/no log for/));
    process.env.STRIDEBACK_NOW = new Date(Date.now() + 20 * 86_400_000).toISOString();
    const later = await rosterAgreesWithLiveJudgement(clinician, runner.id);
    expect(later.status).toBe("stopped");
    expect(later.chips.map((c) => say("en", c.says))).toContain("no log for 20 days");
  });

  it("is never trusted once a write has bumped its version, even a summary that claims to be current", async () => {
    const db = await getDb();
    const { clinician, runner } = await createCaseload(db);
    await listCaseload(actorOf(clinician));
    const [stored] = await db.select().from(runnerTriage).where(eq(runnerTriage.runnerId, runner.id));
    expect(stored!.computedVersion).toBe(stored!.version);
    await createRunLog(actorOf(runner), run(today(), 9));
    const [bumped] = await db.select().from(runnerTriage).where(eq(runnerTriage.runnerId, runner.id));
    expect(bumped!.version).toBeGreaterThan(stored!.version);
    expect((await rosterAgreesWithLiveJudgement(clinician, runner.id)).status).toBe("red");
  });

  it("is judged again by a new release, which may judge differently, though nothing else changed", async () => {
    const db = await getDb();
    const { clinician, runner } = await createCaseload(db);
    await createRunLog(actorOf(runner), run(today(), 8));
    expect((await rosterAgreesWithLiveJudgement(clinician, runner.id)).status).toBe("red");
    // What an earlier release concluded: green for the same records. The same release trusts its own summary...
    await db.update(runnerTriage).set({ rank: 6, summary: sql`jsonb_set(summary, '{triage,status}', '"green"')` }).where(eq(runnerTriage.runnerId, runner.id));
    expect((await listCaseload(actorOf(clinician))).find((r) => r.runnerId === runner.id)?.triage.status).toBe("green");
    // ...a new one judges again, and the roster agrees with the runner's own page.
    process.env.STRIDEBACK_CODE_REVISION = "the-next-release";
    expect((await rosterAgreesWithLiveJudgement(clinician, runner.id)).status).toBe("red");
    const [stored] = await db.select().from(runnerTriage).where(eq(runnerTriage.runnerId, runner.id));
    expect(stored!.computedRevision).toBe("the-next-release");
  });
});

describe("a roster page", () => {
  it("pages, searches, filters and sorts the whole caseload in the database", async () => {
    const db = await getDb();
    const { clinic, clinician, runner: first } = await createCaseload(db);
    const names = Array.from({ length: 119 }, (_, i) => `Pager ${String(i).padStart(3, "0")}${i === 42 ? " 50%_off" : ""}`);
    const runners = [];
    for (const [i, name] of names.entries()) {
      runners.push(await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, name, presentation: i % 2 ? "cramp" : "hamstring_strain" }));
    }
    for (const [i, r] of runners.slice(0, 5).entries()) await createRunLog(actorOf(r), run(today(), i * 2));
    const me = actorOf(clinician);

    const all = await listCaseload(me);
    expect(all).toHaveLength(120);
    const pages = await Promise.all([1, 2, 3].map((page) => getRosterPage(me, readView({ page: String(page) }))));
    expect(pages.map((p) => p.rows.length)).toEqual([50, 50, 20]);
    expect(pages.flatMap((p) => p.rows.map((r) => r.runnerId))).toEqual(all.map((r) => r.runnerId));
    expect((await getRosterPage(me, readView({ page: "99" }))).page).toBe(3);
    // Those who need attention first: the two red runners (pain 6 and 8) lead, by name among equals.
    expect(all.slice(0, 2).map((r) => [r.runnerId, r.triage.status])).toEqual([[runners[3]!.id, "red"], [runners[4]!.id, "red"]]);

    const search = await getRosterPage(me, readView({ q: "PAGER 00" }));
    expect([search.matching, search.total]).toEqual([10, 120]);
    // % and _ are letters in a search, not wildcards.
    expect((await getRosterPage(me, readView({ q: "50%_" }))).rows.map((r) => r.name)).toEqual(["Pager 042 50%_off"]);
    expect((await getRosterPage(me, readView({ presentation: "cramp" }))).matching).toBe(59);
    expect((await getRosterPage(me, readView({ presentation: "no-such-thing" }))).matching).toBe(0);

    const byName = await getRosterPage(me, readView({ sort: "name", dir: "desc" }));
    expect(byName.rows.slice(0, 3).map((r) => r.name)).toEqual([first.name, "Pager 118", "Pager 117"]);
    // Empty values go last whichever the direction.
    for (const dir of ["asc", "desc"]) {
      const byPain = (await getRosterPage(me, readView({ sort: "pain", dir }))).rows.map((r) => r.lastPainDuring);
      expect(byPain.slice(0, 5)).toEqual(dir === "asc" ? [0, 2, 4, 6, 8] : [8, 6, 4, 2, 0]);
      expect(byPain.slice(5).every((p) => p == null)).toBe(true);
    }
    expect(all.map((r) => r.runnerId)).toContain(first.id);
  });

  it("is empty for a runner, and another clinic's roster never shows these runners", async () => {
    const db = await getDb();
    const mine = await createCaseload(db);
    const theirs = await createCaseload(db);
    expect((await getRosterPage(actorOf(mine.runner), readView({}))).rows).toEqual([]);
    const other = await getRosterPage(actorOf(theirs.clinician), readView({ q: mine.runner.name }));
    expect(other.rows.map((r) => r.runnerId)).not.toContain(mine.runner.id);
  });
});

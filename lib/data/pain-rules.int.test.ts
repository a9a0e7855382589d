import { worded } from "@/testing/chips";
import { randomUUID } from "node:crypto";
import { format, parseISO } from "date-fns";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb } from "@/db";
import { auditLog, morningCheckins, runnerPainRules, sessionLogs } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { actorOf, createCaseload, createClinic, createRunnerInCare, createUser, type TestUser } from "@/testing/factories";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { getRunnerTriage } from "./roster";
import { listCaseload } from "./roster";
import { createRunLog } from "./logs";
import { saveCheckin } from "./checkins";
import { getPainRules, setRunnerPainRules } from "./pain-rules";
import { getPainOverview } from "./recovery";
import { getToday } from "./today";

let db: Db;
const day = (date: string) => format(parseISO(date), "d MMM");

/** The judged sessions the pain chart draws over 4 weeks (each session its own point). */
async function sessionsOf(actor: Parameters<typeof getPainOverview>[0], runnerId: string) {
  const { points } = await getPainOverview(actor, runnerId, "4w");
  if (points.kind !== "sessions") throw new Error("4 weeks are drawn a session to a point");
  return points.sessions;
}

async function logRun(runner: TestUser, date: string, painDuring: number, painAfter: number) {
  await db.insert(sessionLogs).values({ runnerId: runner.id, clientId: randomUUID(), kind: "run", date, durationMinutes: 30, rpe: 4, painDuring, painAfter, distanceKm: 5 });
}

async function fresh(clinic: { id: string }, clinician: TestUser, options: { usualPain?: number; timeZone?: string } = {}) {
  return createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, startDate: addDaysIso(today(options.timeZone), -30), ...options });
}

beforeAll(async () => {
  db = await getDb();
});

describe("one rule engine: the roster, the runner's page and /progress agree", () => {
  it("gives the same light and reasons for the same sessions", async () => {
    const { clinic, clinician } = await createCaseload(db);
    const runner = await fresh(clinic, clinician, { usualPain: 1 });
    const now = today();
    await logRun(runner, now, 2, 9); // red at once on pain after
    await logRun(runner, addDaysIso(now, -2), 1, 4); // amber, and its next morning never came
    await logRun(runner, addDaysIso(now, -4), 1, 1);
    await db.insert(morningCheckins).values({ runnerId: runner.id, clientId: randomUUID(), date: addDaysIso(now, -3), pain: 3, stiffness: 2 }); // up 2 on usual pain 1

    const roster = (await listCaseload(actorOf(clinician))).find((r) => r.runnerId === runner.id)!;
    const page = await getRunnerTriage(actorOf(clinician), runner.id);
    // The roster adds one fact about the care team; the judgement itself is the same object.
    const { noClinician, ...judged } = roster;
    expect(noClinician).toBe(false);
    expect(page).toEqual(judged);
    expect(roster.triage.status).toBe("red");
    // One chip per kind of reason, the strongest: pain 9 after outranks the amber pain 4 after.
    expect(worded(roster.triage.chips)).toEqual([
      { tone: "red", text: `pain 9 after run on ${day(now)}` },
      { tone: "red", text: `morning pain up 2 points after ${day(addDaysIso(now, -4))}` },
      { tone: "amber", text: `no morning check-in after pain 4 on ${day(addDaysIso(now, -2))}` },
      // A referred-back runner is screened each morning: three days without a check-in is a gap in that screen.
      { tone: "amber", text: "not screened for 3 days" },
    ]);

    const progress = await sessionsOf(actorOf(runner), runner.id);
    const charts = await sessionsOf(actorOf(clinician), runner.id);
    expect(progress).toEqual(charts);
    expect(progress.map((s) => [s.date, s.verdict.light, s.verdict.provisional])).toEqual([
      [addDaysIso(now, -4), "red", false],
      [addDaysIso(now, -2), "amber", true],
      [now, "red", true],
    ]);
    expect(progress.at(-1)!.verdict.reasons).toEqual([{ code: "pain-after", light: "red", pain: 9 }]);
  });

  it("is not found for another clinic's clinician", async () => {
    const { clinician, runner } = await createCaseload(db);
    const other = await createCaseload(db);
    expect(await getRunnerTriage(actorOf(other.clinician), runner.id)).toBeNull();
    expect(await getRunnerTriage(actorOf(clinician), runner.id)).not.toBeNull();
  });
});

describe("limits per runner", () => {
  let clinic: { id: string };
  let clinician: TestUser;
  let strict: TestUser;
  let usual: TestUser;

  beforeAll(async () => {
    clinic = await createClinic(db);
    clinician = await createUser(db, { clinicId: clinic.id, role: "clinician" });
    strict = await fresh(clinic, clinician);
    usual = await fresh(clinic, clinician);
  });

  it("every clinic starts from the published defaults", async () => {
    const rules = await getPainRules(actorOf(clinician), strict.id);
    expect(rules.clinic).toMatchObject({ painDuringAmberAbove: 2, painDuringRedAbove: 5, morningRiseRed: 2, loadRatioHigh: 1.3, loadRatioDanger: 1.5 });
    expect(rules.overrides).toEqual({});
  });

  it("a lower red limit during makes pain 4 red for that runner only, and is audited with its reason", async () => {
    await setRunnerPainRules(actorOf(clinician), strict.id, { painDuringRedAbove: 3, painDuringAmberAbove: 2, reason: "Recent grade 2 tear" });
    await logRun(strict, today(), 4, 1);
    await logRun(usual, today(), 4, 1);
    const roster = await listCaseload(actorOf(clinician));
    expect(roster.find((r) => r.runnerId === strict.id)!.triage.status).toBe("red");
    expect(roster.find((r) => r.runnerId === usual.id)!.triage.status).toBe("amber");

    const rules = await getPainRules(actorOf(clinician), strict.id);
    // The amber limit equals the clinic's default, so only the red limit is an override.
    expect(rules.overrides).toEqual({ painDuringRedAbove: 3 });
    expect(rules.reason).toBe("Recent grade 2 tear");
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.action, "pain_rules.update"), eq(auditLog.subjectId, strict.id)));
    expect(audit!.detail).toEqual({ before: {}, after: { painDuringRedAbove: 3 }, reason: "Recent grade 2 tear" });
  });

  it("refuses an amber limit above the red one, storing nothing", async () => {
    await expect(setRunnerPainRules(actorOf(clinician), usual.id, { painAfterAmberAbove: 6, reason: "typo" })).rejects.toThrow(InvalidFieldError);
    expect(await db.select().from(runnerPainRules).where(eq(runnerPainRules.runnerId, usual.id))).toEqual([]);
  });

  it("is not found for another clinic's clinician and for the runner, changing nothing", async () => {
    const outsider = await createCaseload(db);
    await expect(setRunnerPainRules(actorOf(outsider.clinician), strict.id, { painDuringRedAbove: 9, reason: "x" })).rejects.toThrow(NotFoundError);
    await expect(setRunnerPainRules(actorOf(strict), strict.id, { painDuringRedAbove: 9, reason: "x" })).rejects.toThrow(NotFoundError);
    await expect(getPainRules(actorOf(outsider.clinician), strict.id)).rejects.toThrow(NotFoundError);
    expect((await getPainRules(actorOf(clinician), strict.id)).effective.painDuringRedAbove).toBe(3);
  });

  it("back to the clinic's values removes the override", async () => {
    await setRunnerPainRules(actorOf(clinician), strict.id, { painDuringRedAbove: 5, reason: "Healed" });
    expect((await getPainRules(actorOf(clinician), strict.id)).overrides).toEqual({});
  });
});

describe("the runner's own calendar", () => {
  // 16:30 UTC on Monday 23 November is 05:30 on Tuesday 24 November in Auckland.
  const pinned = process.env.STRIDEBACK_NOW;
  beforeAll(() => {
    process.env.STRIDEBACK_NOW = "2026-11-23T16:30:00Z";
  });
  afterAll(() => {
    if (pinned === undefined) delete process.env.STRIDEBACK_NOW;
    else process.env.STRIDEBACK_NOW = pinned;
  });

  it("uses the runner's date for today, the check-in's morning and the 24-hour rule", async () => {
    const { clinic, clinician } = await createCaseload(db);
    const auckland = await fresh(clinic, clinician, { timeZone: "Pacific/Auckland" });
    const london = await fresh(clinic, clinician, { timeZone: "Europe/London" });
    expect((await getToday(actorOf(auckland)))!.date).toBe("2026-11-24");
    expect((await getToday(actorOf(london)))!.date).toBe("2026-11-23");

    // Tuesday is today in Auckland, tomorrow in London.
    const run = { date: "2026-11-24", durationMinutes: 30, rpe: 4, painDuring: 1, painAfter: 1, distanceKm: 5, notes: "" };
    await expect(createRunLog(actorOf(auckland), { ...run, clientId: randomUUID() })).resolves.toMatchObject({ duplicate: false });
    await expect(createRunLog(actorOf(london), { ...run, clientId: randomUUID() })).rejects.toThrow(InvalidFieldError);

    // Monday's run in Auckland, then Tuesday morning's check-in: the session's 24-hour answer is in.
    await createRunLog(actorOf(auckland), { ...run, date: "2026-11-23", painAfter: 3, clientId: randomUUID() });
    await saveCheckin(actorOf(auckland), { date: "2026-11-24", pain: 0, stiffness: 1, clientId: randomUUID(), screen: { asked: ["foot-drop"], signs: [] } });
    const series = await sessionsOf(actorOf(auckland), auckland.id);
    expect(series.find((s) => s.date === "2026-11-23")!.verdict).toMatchObject({ light: "amber", provisional: false });
    const row = (await listCaseload(actorOf(clinician))).find((r) => r.runnerId === auckland.id)!;
    expect(row.today).toBe("2026-11-24");
  });
});

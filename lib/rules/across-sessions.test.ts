import { worded } from "@/testing/chips";
import { say } from "@/lib/i18n/say";
import { format, parseISO } from "date-fns";
import { describe, expect, it } from "vitest";
import { addDaysIso } from "@/lib/dates";
import { comebackAfterBreak, daysUnscreened, missingMornings, morningCreep } from "./across-sessions";
import { completionOverDays } from "./adherence";
import { DEFAULT_PAIN_RULES } from "./thresholds";
import { sessionLight } from "./traffic-light";
import { type RunnerSignals, triage, type TriageSession } from "./triage";

/*
 * The cases of docs/pain-rules.md "Across sessions", each at its boundary: what one session's light
 * cannot see, judged over days.
 */
const today = "2026-12-01";
const ago = (days: number) => addDaysIso(today, -days);
const session = (daysAgo: number, s: Partial<TriageSession> = {}): TriageSession => ({
  date: ago(daysAgo),
  kind: "run",
  painDuring: 2,
  painAfter: 2,
  baseline: 0,
  nextMorning: null,
  neural: false,
  reviewed: false,
  ...s,
});
const runner = (s: Partial<RunnerSignals> = {}): RunnerSignals => ({
  today,
  rules: DEFAULT_PAIN_RULES,
  recentSessions: [],
  painTrends: { after: null, during: null, morning: null },
  completion: null,
  lastLogDate: null,
  lastCheckinDate: null,
  inCareSince: "2026-09-01",
  screenedEachMorning: false,
  load: { kind: "no-runs" },
  distance: { last7: 0, previous7: 0, change: null },
  comeback: null,
  redFlags: [],
  worries: [],
  ...s,
});
const chipTexts = (s: RunnerSignals) => triage(s).chips.map((c) => say("en", c.says));

describe("silence is never green", () => {
  // An amber run (pain 4 after) and no check-in since: the run's light and the silent morning both stand.
  it.each([6, 7, 30])("an amber run %i days ago with nothing since stays amber and flagged", (days) => {
    const s = runner({ recentSessions: [session(days, { painAfter: 4 })], lastLogDate: ago(days), lastCheckinDate: ago(days + 3) });
    const t = triage(s);
    expect(t.status).toBe(days >= 14 ? "stopped" : "amber");
    const on = format(parseISO(ago(days)), "d MMM");
    expect(t.chips.map((c) => say("en", c.says))).toEqual(expect.arrayContaining([`pain 4 after run on ${on}`, `no morning check-in after pain 4 on ${on}`]));
  });

  it.each([7, 8])("a red run %i days old with nothing since stays red", (days) => {
    const t = triage(runner({ recentSessions: [session(days, { painAfter: 8 })], lastLogDate: ago(days) }));
    expect(t.status).toBe("red");
  });

  it("a clinician's review lets an old red stop standing; a newer settled session does too", () => {
    const old = session(9, { painAfter: 8 });
    expect(triage(runner({ recentSessions: [{ ...old, reviewed: true }], lastLogDate: ago(2) })).status).toBe("green");
    const settled = session(3, { nextMorning: 0 });
    expect(triage(runner({ recentSessions: [old, settled], lastLogDate: ago(3), lastCheckinDate: ago(2) })).status).toBe("green");
  });

  it("a runner who logs but never checks in is flagged: the 24-hour rule cannot be applied", () => {
    const runs = [1, 2, 3, 4, 5].map((d) => session(d));
    const t = triage(runner({ recentSessions: runs, lastLogDate: ago(1) }));
    expect(t.status).toBe("amber");
    expect(worded(t.chips)).toContainEqual({ tone: "amber", text: "no morning check-ins: 5 sessions in 7 days, the 24-hour rule cannot be applied" });
  });

  it.each([
    [1, null, null],
    [2, null, 2],
    [2, ago(3), null],
    [2, ago(7), 2],
  ])("%i sessions in 7 days with the last check-in on %s: flag %s", (count, lastCheckin, flagged) => {
    const dates = Array.from({ length: count }, (_, i) => ago(i + 1));
    expect(missingMornings(dates, lastCheckin, today, DEFAULT_PAIN_RULES)).toBe(flagged);
  });
});

describe("worsening across days", () => {
  const mornings = (values: number[]) =>
    // A session each day, judged against that morning, whose next morning is the next value.
    values.slice(0, -1).map((baseline, i) => session(values.length - 1 - i, { baseline, nextMorning: values[i + 1]! }));

  it("mornings 1-2-3-4-5 with pain after flat at 2 are worsening, ranked above a runner who skipped sessions", () => {
    const creeping = runner({ recentSessions: mornings([1, 2, 3, 4, 5]), lastLogDate: ago(1), lastCheckinDate: today });
    const t = triage(creeping);
    expect(t).toMatchObject({ status: "amber", worsening: true, rank: 2 });
    expect(t.chips.map((c) => say("en", c.says))).toContain("morning pain rose after 4 sessions in a row");
    expect(t.rank).toBeLessThan(triage(runner({ lastLogDate: ago(15) })).rank);
  });

  it.each([
    [[1, 2, 3, 4], 3],
    [[1, 2, 3, 3], null],
    [[1, 2, 3], null],
  ])("mornings %j creep: %s", (values, streak) => {
    const sessions = mornings(values as number[]).map(({ date, baseline, nextMorning }) => ({ date, baseline, nextMorning }));
    expect(morningCreep(sessions, DEFAULT_PAIN_RULES)).toBe(streak);
  });

  it("a session still waiting for its morning neither breaks nor counts in the run", () => {
    const sessions = [...mornings([1, 2, 3, 4]), session(0, { baseline: 4 })];
    expect(morningCreep(sessions, DEFAULT_PAIN_RULES)).toBe(3);
  });

  it.each([
    ["pain during", { during: { from: 2, to: 4, points: 2, trend: "worsening" as const } }, "pain during up 2 points over 14 days"],
    ["morning pain", { morning: { from: 1, to: 2, points: 1, trend: "worsening" as const } }, "morning pain up 1 points over 14 days"],
  ])("%s worsening on its own is enough", (_, trend, chip) => {
    const t = triage(runner({ painTrends: { after: null, during: null, morning: null, ...trend }, lastLogDate: ago(1) }));
    expect(t).toMatchObject({ worsening: true, rank: 2 });
    expect(t.chips.map((c) => say("en", c.says))).toContain(chip);
  });
});

describe("the baseline a session is judged against", () => {
  // Usual pain 3 from intake, recent mornings 0, no check-in the morning of the session, next morning 3.
  it.each([
    ["yesterday's check-in", 0, 1, "red"],
    ["the check-in 2 days before", 0, 2, "red"],
    ["the usual pain, when there is no check-in in the 2 days before", 3, null, "green"],
  ])("against %s", (_, baseline, daysBefore, light) => {
    expect(sessionLight({ painDuring: 1, painAfter: 1, baseline, baselineDaysBefore: daysBefore, nextMorning: 3, neural: false }).light).toBe(light);
  });
});

describe("stopped doing the plan, day by day", () => {
  const daily = (n: number) => Array.from({ length: n }, () => ({ daysPerWeek: 7, timesPerDay: 1 }));
  const version = (v: number, effectiveFrom: string, doses: { daysPerWeek: number; timesPerDay: number }[]) => ({ version: v, effectiveFrom, superseded: false, waiting: false, doses });

  it("a plan changed today does not rewrite the 14 days before", () => {
    // 2 daily exercises for 13 days, all 28 sessions done; 4 more added today.
    const grown = [version(1, ago(30), daily(2)), version(2, today, daily(6))];
    expect(completionOverDays(grown, ago(30), today, 28)).toMatchObject({ prescribed: 32, stopped: false });
    // 8 daily exercises, 20 of them done; the plan cut to one exercise today.
    const cut = [version(1, ago(30), daily(8)), version(2, today, daily(1))];
    expect(completionOverDays(cut, ago(30), today, 20)).toMatchObject({ prescribed: 105, stopped: true });
  });

  it.each([
    ["day 0 (a plan started today)", 0, 0],
    ["day 4 of a once-weekly plan", 3, 0],
    ["day 10 of a once-weekly plan", 9, 0],
  ])("is too early to judge on %s", (_, startedAgo, done) => {
    const c = completionOverDays([version(1, ago(startedAgo), [{ daysPerWeek: 1, timesPerDay: 1 }])], ago(startedAgo), today, done);
    expect(c).toMatchObject({ judged: false, stopped: false });
  });

  it("a runner added today ranks with green, not above amber", () => {
    const fresh = triage(runner({ inCareSince: today }));
    expect(fresh).toMatchObject({ status: "green", rank: 6 });
    expect(worded(fresh.chips)).toEqual([{ tone: "green", text: "new: nothing logged yet" }]);
    expect(triage(runner({ inCareSince: ago(7) })).status).toBe("stopped");
  });
});

describe("running after a break", () => {
  const run = (daysAgo: number, km: number) => ({ date: ago(daysAgo), load: km * 30, distanceKm: km });
  // 21 days off before the return: the last run before was 21 + 1 days before the first run back.
  const back = (kms: number[]) => kms.map((km, i) => run(6 - i, km));
  const lastBefore = ago(6 + 22);

  it.each([
    [[8], null],
    [[10], null],
    [[3, 3, 3], null],
    [[3, 3, 3, 1], "10 km and 4 runs"],
    [[8, 8, 8, 8, 8], "40 km and 5 runs"],
    [[4, 4, 4, 4], "16 km and 4 runs"],
  ])("a return of %j km after 21 days off: %s", (kms, expected) => {
    const c = comebackAfterBreak(back(kms), lastBefore, today, DEFAULT_PAIN_RULES);
    expect(c ? `${c.km} km and ${c.runs} runs` : null).toBe(expected);
  });

  it("is an amber chip that names the distance", () => {
    const comeback = comebackAfterBreak(back([8, 8, 8, 8, 8]), lastBefore, today, DEFAULT_PAIN_RULES);
    expect(comeback?.daysOff).toBe(21);
    expect(chipTexts(runner({ comeback, lastLogDate: ago(2) }))).toContain("returning from a break: 40 km and 5 runs in 7 days after 21 days off");
  });

  it("is not a comeback without a break", () => {
    expect(comebackAfterBreak([run(20, 8), run(13, 8), ...back([8, 8, 8, 8, 8])], ago(30), today, DEFAULT_PAIN_RULES)).toBeNull();
  });
});

describe("limits and screens", () => {
  it("a 4/4/4 session under looser limits is green with a chip for the clinician, never plain green", () => {
    const loose = { ...DEFAULT_PAIN_RULES, painDuringAmberAbove: 4, painAfterAmberAbove: 4 };
    const t = triage(runner({ rules: loose, recentSessions: [session(1, { painDuring: 4, painAfter: 4, baseline: 4, nextMorning: 4 })], lastLogDate: ago(1), lastCheckinDate: today }));
    expect(t.status).toBe("green");
    expect(worded(t.chips)).toContainEqual({ tone: "green", text: `pain 4 on 30 Nov: within this runner's own limits` });
  });

  it.each([
    [ago(2), null],
    [ago(3), 3],
    [null, 3],
  ])("a runner screened each morning, last check-in %s: not screened for %s days", (last, days) => {
    expect(daysUnscreened(last, ago(2), today, DEFAULT_PAIN_RULES)).toBe(days);
  });

  it("a glide session with new tingling is amber under the neural rule, and a pop is amber whatever the scores", () => {
    const glide = { painDuring: 0, painAfter: 0, baseline: 0, nextMorning: 0, neural: true };
    expect(sessionLight({ ...glide, nerveSymptoms: true }).light).toBe("amber");
    expect(sessionLight({ ...glide, nerveSymptoms: false }).light).toBe("green");
    expect(sessionLight({ ...glide, neural: false, suddenPain: true }).light).toBe("amber");
  });
});

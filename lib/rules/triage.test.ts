import { worded } from "@/testing/chips";
import { say } from "@/lib/i18n/say";
import { describe, expect, it } from "vitest";
import { completion } from "./adherence";
import { painChange } from "./change";
import { DEFAULT_PAIN_RULES } from "./thresholds";
import { type RunnerSignals, triage, type TriageSession } from "./triage";

const today = "2026-11-22";
const calm: TriageSession = { date: "2026-11-21", kind: "exercise", painDuring: 1, painAfter: 1, baseline: 1, nextMorning: null, neural: false, reviewed: false };
const quiet: RunnerSignals = {
  today,
  rules: DEFAULT_PAIN_RULES,
  recentSessions: [calm],
  painTrends: { after: painChange(3, 2.5), during: null, morning: null },
  completion: completion(12, 14),
  lastLogDate: "2026-11-21",
  lastCheckinDate: "2026-11-21",
  inCareSince: "2026-10-01",
  screenedEachMorning: false,
  load: { kind: "ratio", value: 1, band: "in target" },
  distance: { last7: 10, previous7: 9, change: 0.11 },
  comeback: null,
  redFlags: [],
  worries: [],
};
const trends = (after: ReturnType<typeof painChange> | null) => ({ painTrends: { after, during: null, morning: null } });
const withSession = (s: Partial<TriageSession>) => ({ ...quiet, recentSessions: [{ ...calm, ...s }] });

describe("triage", () => {
  it("is green when every rule holds", () => {
    expect(triage(quiet)).toMatchObject({ status: "green", rank: 6, chips: [] });
  });

  it("is red, first, with the reason, after pain 7 during a run", () => {
    const t = triage({ ...withSession({ kind: "run", date: "2026-11-03", painDuring: 7 }), today: "2026-11-05" });
    expect(t).toMatchObject({ status: "red", rank: 1 });
    expect(worded(t.chips)[0]).toEqual({ tone: "red", text: "pain 7 during run on 3 Nov" });
  });

  it("is red at once for pain 9 after a run with pain 2 during, before any morning", () => {
    const t = triage(withSession({ kind: "run", date: today, painDuring: 2, painAfter: 9 }));
    expect(t.status).toBe("red");
    expect(worded(t.chips)).toEqual([{ tone: "red", text: "pain 9 after run on 22 Nov" }]);
  });

  it("names an unsettled morning rise", () => {
    const t = triage(withSession({ baseline: 1, nextMorning: 4 }));
    expect(say("en", t.chips[0]!.says)).toBe("morning pain up 3 points after 21 Nov");
  });

  it("flags a painful session with no morning check-in once the next day is over", () => {
    const painful = { date: "2026-11-20", painAfter: 4, nextMorning: null };
    const silent = (t: RunnerSignals) => ({ ...t, lastCheckinDate: "2026-11-19" });
    expect(worded(triage(silent(withSession(painful))).chips)).toContainEqual({ tone: "amber", text: "no morning check-in after pain 4 on 20 Nov" });
    // On the next day itself the check-in may still come: no flag yet, just the amber session.
    expect(worded(triage({ ...silent(withSession(painful)), today: "2026-11-21" }).chips)).toEqual([{ tone: "amber", text: "pain 4 after exercises on 20 Nov" }]);
    // A green session needs no such flag.
    expect(worded(triage(withSession({ date: "2026-11-19" })).chips)).toEqual([]);
  });

  it("lets a light older than a week stand until a newer session's light is final", () => {
    const old = { ...calm, date: "2026-11-14", painDuring: 8, nextMorning: 1 };
    expect(worded(triage({ ...quiet, recentSessions: [old] }).chips)[0]).toEqual({ tone: "red", text: "pain 8 during exercises on 14 Nov" });
    expect(triage({ ...quiet, recentSessions: [old, { ...calm, nextMorning: 1 }] }).status).toBe("green");
    // A newer session still waiting for its morning does not settle it.
    expect(triage({ ...quiet, recentSessions: [old, calm] }).status).toBe("red");
  });

  it("applies the runner's own limits", () => {
    const strict = { ...withSession({ kind: "run", painDuring: 4, nextMorning: 1 }), rules: { ...DEFAULT_PAIN_RULES, painDuringRedAbove: 3 } };
    expect(triage(strict).status).toBe("red");
    expect(triage({ ...strict, rules: DEFAULT_PAIN_RULES }).status).toBe("amber");
  });

  it("ranks a worsening trend after red and before stopped", () => {
    const t = triage({ ...quiet, ...trends(painChange(2, 5)) });
    expect(t).toMatchObject({ status: "amber", worsening: true, rank: 2 });
    expect(worded(t.chips)).toContainEqual({ tone: "amber", text: "pain after up 3 points over 14 days" });
  });

  it("does not call a 0.2-point rise worsening", () => {
    expect(triage({ ...quiet, ...trends(painChange(0.4, 0.6)) })).toMatchObject({ status: "green", worsening: false });
  });

  it("marks a runner below half of their sessions as stopped, but not at exactly half", () => {
    const t = triage({ ...quiet, completion: completion(2, 8) });
    expect(t).toMatchObject({ status: "stopped", rank: 3 });
    expect(worded(t.chips)).toContainEqual({ tone: "stopped", text: "2 of 8 sessions in 14 days" });
    expect(triage({ ...quiet, completion: completion(4, 8) }).status).toBe("green");
  });

  it("marks 14 days of silence as stopped logging", () => {
    expect(triage({ ...quiet, recentSessions: [], lastLogDate: "2026-11-08" }).status).toBe("stopped");
  });

  it("is amber above the high-risk load line, with the ratio to two decimals", () => {
    const t = triage({ ...quiet, load: { kind: "ratio", value: 1.51, band: "high risk" } });
    expect(t).toMatchObject({ status: "amber", rank: 4 });
    expect(worded(t.chips)).toContainEqual({ tone: "amber", text: "load ratio 1.51" });
  });

  it("keeps a ratio inside or just above the band green: the ratio is context", () => {
    expect(triage({ ...quiet, load: { kind: "ratio", value: 1.5, band: "above target" } })).toMatchObject({ status: "green", chips: [] });
  });

  it("gives no load flag for a runner returning from a break", () => {
    expect(triage({ ...quiet, load: { kind: "break", daysOff: 21, returned: true } })).toMatchObject({ status: "green", chips: [] });
  });

  it("shows the strongest instance of each reason, not every session", () => {
    const t = triage({
      ...quiet,
      recentSessions: [
        { ...calm, date: "2026-11-21", painDuring: 6, nextMorning: 1 },
        { ...calm, date: "2026-11-20", painDuring: 8, nextMorning: 1 },
        { ...calm, date: "2026-11-19", painDuring: 4, nextMorning: 1 },
      ],
    });
    expect(worded(t.chips)).toEqual([{ tone: "red", text: "pain 8 during exercises on 20 Nov" }]);
  });

  const saddle = { urgency: "emergency" as const, signs: ["saddle-numbness"], date: "2026-11-22", time: "07:12" };

  it.each<[string, Partial<RunnerSignals>, number]>([
    ["urgent", { redFlags: [saddle] }, 0],
    ["red", { recentSessions: [{ ...calm, painDuring: 7 }] }, 1],
    ["worsening", trends(painChange(2, 5)), 2],
    ["stopped", { completion: completion(1, 10) }, 3],
    ["amber", { recentSessions: [{ ...calm, painDuring: 4 }] }, 4],
    ["green", {}, 6],
  ])("orders %s at rank %i: urgent > red > worsening > stopped > amber > (ready to progress) > green", (_, change, rank) => {
    expect(triage({ ...quiet, ...change }).rank).toBe(rank);
  });

  it("makes an open red flag urgent above a red light, naming the sign and when it was reported", () => {
    const t = triage({ ...quiet, recentSessions: [{ ...calm, painDuring: 8 }], redFlags: [saddle] });
    expect(t).toMatchObject({ status: "urgent", urgency: "emergency", rank: 0 });
    expect(worded(t.chips)[0]).toEqual({ tone: "urgent", text: "red flag: saddle numbness, reported 07:12 on 22 Nov" });
    expect(worded(t.chips)[1]).toMatchObject({ tone: "red" });
  });

  it("takes the most urgent of several open flags", () => {
    const tear = { urgency: "this-week" as const, signs: ["pop-bruising", "cannot-walk"], date: "2026-11-21", time: "18:40" };
    const t = triage({ ...quiet, redFlags: [tear, { ...saddle, urgency: "today" as const, signs: ["foot-drop"] }] });
    expect(t.urgency).toBe("today");
    expect(t.chips.map((c) => say("en", c.says))).toContain("red flag: pop with large bruising, cannot walk normally, reported 18:40 on 21 Nov");
  });
});

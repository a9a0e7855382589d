import { describe, expect, it } from "vitest";
import { completion } from "./adherence";
import { painChange } from "./change";
import { type RunnerSignals, triage } from "./triage";

const quiet: RunnerSignals = {
  today: "2026-11-22",
  recentSessions: [{ date: "2026-11-21", kind: "exercise", painDuring: 1, painAfter: 1, baseline: 1, nextMorning: 1, neural: false }],
  painTrend: painChange(3, 2.5),
  completion: completion(12, 14),
  lastLogDate: "2026-11-21",
  loadRatio: 1.0,
  weeklyDistanceChange: 0.1,
};

describe("triage", () => {
  it("is green when every rule holds", () => {
    expect(triage(quiet)).toMatchObject({ status: "green", rank: 4, chips: [] });
  });

  it("is red, first, with the reason, after pain 7 during a run", () => {
    const t = triage({ ...quiet, recentSessions: [{ ...quiet.recentSessions[0]!, kind: "run", date: "2026-11-03", painDuring: 7 }], today: "2026-11-05" });
    expect(t.status).toBe("red");
    expect(t.rank).toBe(0);
    expect(t.chips[0]).toEqual({ tone: "red", text: "pain 7 during run on 3 Nov" });
  });

  it("names an unsettled morning rise", () => {
    const t = triage({ ...quiet, recentSessions: [{ ...quiet.recentSessions[0]!, baseline: 1, nextMorning: 4 }] });
    expect(t.chips[0]!.text).toBe("morning pain up 3 points after 21 Nov");
  });

  it("ignores sessions older than a week", () => {
    expect(triage({ ...quiet, recentSessions: [{ ...quiet.recentSessions[0]!, date: "2026-11-14", painDuring: 8 }] }).status).toBe("green");
  });

  it("ranks a worsening trend after red and before stopped", () => {
    const t = triage({ ...quiet, painTrend: painChange(2, 5) });
    expect(t).toMatchObject({ status: "amber", worsening: true, rank: 1 });
    expect(t.chips).toContainEqual({ tone: "amber", text: "pain up 3 points over 4 weeks" });
  });

  it("marks a runner who did fewer than half the sessions as stopped logging", () => {
    const t = triage({ ...quiet, completion: completion(2, 8) });
    expect(t).toMatchObject({ status: "stopped", rank: 2 });
    expect(t.chips).toContainEqual({ tone: "stopped", text: "2 of 8 sessions in 14 days" });
  });

  it("marks 14 days of silence as stopped logging", () => {
    expect(triage({ ...quiet, recentSessions: [], lastLogDate: "2026-11-04" }).status).toBe("stopped");
  });

  it("is amber for a load ratio above 1.3, with the ratio", () => {
    const t = triage({ ...quiet, loadRatio: 1.6 });
    expect(t).toMatchObject({ status: "amber", rank: 3 });
    expect(t.chips).toContainEqual({ tone: "amber", text: "load ratio 1.6" });
  });

  it.each([1.3, 1.5])("keeps a ratio of exactly %f green: the ratio is context below the high-risk line", (ratio) => {
    expect(triage({ ...quiet, loadRatio: ratio })).toMatchObject({ status: "green", chips: [] });
  });

  it("shows the strongest instance of each reason, not every session", () => {
    const base = quiet.recentSessions[0]!;
    const t = triage({
      ...quiet,
      recentSessions: [
        { ...base, date: "2026-11-21", painDuring: 6 },
        { ...base, date: "2026-11-20", painDuring: 8 },
        { ...base, date: "2026-11-19", painDuring: 4 },
      ],
    });
    expect(t.chips).toEqual([{ tone: "red", text: "pain 8 during exercises on 20 Nov" }]);
  });

  it("rounds the trend to one decimal", () => {
    expect(triage({ ...quiet, painTrend: painChange(2, 4.0294) }).chips).toContainEqual({ tone: "amber", text: "pain up 2 points over 4 weeks" });
  });
});

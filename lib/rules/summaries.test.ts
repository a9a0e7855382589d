import { describe, expect, it } from "vitest";
import { completionSummary, exercisePainSummary, loadRatioSentence, painSummary, runningSummary } from "./summaries";
import { DEFAULT_PAIN_RULES } from "./thresholds";

describe("chart summaries", () => {
  it("calls a 3-point fall in pain a real improvement", () => {
    const points = [
      { date: "2026-10-26", painAfter: 6 },
      { date: "2026-10-28", painAfter: 6 },
      { date: "2026-11-20", painAfter: 3 },
      { date: "2026-11-22", painAfter: 3 },
    ];
    expect(painSummary(points, "Pain after runs")).toBe("Pain after runs fell from 6 to 3 over 4 weeks: a real improvement.");
  });

  it("calls a 1-point change from 4 noise, and a 0.2-point change noise", () => {
    expect(exercisePainSummary("Askling Diver", [{ date: "2026-11-01", pain: 4 }, { date: "2026-11-15", pain: 5 }])).toBe(
      "Pain during Askling Diver rose from 4 to 5 over 2 weeks: within day-to-day noise.",
    );
    const small = [
      { date: "2026-11-01", painAfter: 0 },
      { date: "2026-11-02", painAfter: 1 },
      { date: "2026-11-20", painAfter: 1 },
      { date: "2026-11-21", painAfter: 0 },
      { date: "2026-11-22", painAfter: 1 },
    ];
    expect(painSummary(small)).toMatch(/within day-to-day noise/);
  });

  it("says when there is too little to judge", () => {
    expect(painSummary([{ date: "2026-11-01", painAfter: 4 }])).toMatch(/Not enough sessions/);
  });

  it("counts completion against prescriptions, not beyond them", () => {
    expect(completionSummary([{ done: 20, prescribed: 14 }, { done: 4, prescribed: 14 }])).toBe("18 of 28 prescribed exercise sessions done (64%) over 2 weeks.");
  });

  it("speaks of the last 7 days against the 7 before, and the ratio to two decimals against the runner's band", () => {
    const blocks = [
      { end: "2026-11-16", distanceKm: 10, load: 600, runs: 2, ratio: { kind: "ratio" as const, value: 1, band: "in target" as const } },
      { end: "2026-11-23", distanceKm: 16, load: 900, runs: 3, ratio: { kind: "ratio" as const, value: 1.51, band: "high risk" as const } },
    ];
    expect(runningSummary(blocks, DEFAULT_PAIN_RULES)).toBe(
      "Last 7 days: 16 km in 3 runs, against 10 km the 7 days before (+60%). The load ratio is 1.51, above the 0.8-1.3 band; above 1.5 the risk of injury rises sharply (context, not a verdict).",
    );
  });

  it("gives no ratio while history builds or after a break", () => {
    expect(loadRatioSentence({ kind: "building", days: 12 }, DEFAULT_PAIN_RULES)).toBe("The load ratio appears once there are 28 days of running history (12 so far).");
    expect(loadRatioSentence({ kind: "break", daysOff: 21, returned: true }, DEFAULT_PAIN_RULES)).toMatch(/^Returning from a break of 21 days/);
  });
});

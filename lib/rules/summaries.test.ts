import { describe, expect, it } from "vitest";
import { say } from "@/lib/i18n/say";
import { completionSummary, exercisePainSummary, loadRatioSentence, painSummary, runningSummary } from "./summaries";
import { DEFAULT_PAIN_RULES } from "./thresholds";

describe("chart summaries", () => {
  const end = "2026-11-30";
  const at = (date: string, painAfter: number) => ({ date, painAfter });

  it("calls a 3-point fall a real improvement when each 14-day window has 3 sessions", () => {
    const points = [at("2026-11-03", 6), at("2026-11-06", 6), at("2026-11-10", 6), at("2026-11-20", 3), at("2026-11-24", 3), at("2026-11-28", 3)];
    expect(say("en", painSummary(points, end, { of: "runs" }))).toBe("Pain after runs: 3 on average over the last 14 days against 6 the 14 days before, a real improvement.");
  });

  it.each([
    ["one session", [at("2026-11-29", 4)], "1 in the last 14 days, 0 in the 14 before"],
    ["a 5 and a 2 ten days apart", [at("2026-11-18", 5), at("2026-11-28", 2)], "2 in the last 14 days, 0 in the 14 before"],
    ["three sessions", [at("2026-11-10", 2), at("2026-11-26", 4), at("2026-11-29", 5)], "2 in the last 14 days, 1 in the 14 before"],
  ])("says too few to judge on %s, never a real change", (_, points, counts) => {
    const sentence = say("en", painSummary(points, end));
    expect(sentence).toBe(`Too few entries to judge a trend in pain after sessions: a real change needs 3 or more in each of the last two 14-day windows (${counts}).`);
    expect(sentence).not.toMatch(/real (improvement|worsening)/);
  });

  it("calls a 1-point change from 4 noise, and a 0.2-point change noise, over full windows", () => {
    const windows = { before: { mean: 4, logs: 3 }, recent: { mean: 5, logs: 4 } };
    expect(say("en", exercisePainSummary("Askling Diver", windows))).toBe("Pain during Askling Diver: 5 on average over the last 14 days against 4 the 14 days before, within day-to-day noise.");
    const small = [at("2026-11-03", 0), at("2026-11-05", 1), at("2026-11-08", 1), at("2026-11-20", 1), at("2026-11-21", 0), at("2026-11-22", 1)];
    expect(say("en", painSummary(small, end))).toMatch(/within day-to-day noise/);
  });

  it("counts completion against prescriptions, not beyond them", () => {
    expect(say("en", completionSummary([{ done: 20, prescribed: 14 }, { done: 4, prescribed: 14 }]))).toBe("18 of 28 prescribed exercise sessions done (64%) over 2 weeks.");
  });

  it("speaks of the last 7 days against the 7 before, and the ratio to two decimals against the runner's band", () => {
    const blocks = [
      { end: "2026-11-16", distanceKm: 10, load: 600, runs: 2, ratio: { kind: "ratio" as const, value: 1, band: "in target" as const } },
      { end: "2026-11-23", distanceKm: 16, load: 900, runs: 3, ratio: { kind: "ratio" as const, value: 1.51, band: "high risk" as const } },
    ];
    expect(say("en", runningSummary(blocks, DEFAULT_PAIN_RULES))).toBe(
      "Last 7 days: 16 km in 3 runs, against 10 km the 7 days before (+60%). The load ratio is 1.51, above the 0.8-1.3 band; above 1.5 the risk of injury rises sharply (context, not a verdict).",
    );
  });

  it("gives no ratio while history builds or after a break", () => {
    expect(say("en", loadRatioSentence({ kind: "building", days: 12 }, DEFAULT_PAIN_RULES))).toBe("The load ratio appears once there are 28 days of running history (12 so far).");
    expect(say("en", loadRatioSentence({ kind: "break", daysOff: 21, returned: true }, DEFAULT_PAIN_RULES))).toMatch(/^Returning from a break of 21 days/);
  });
});

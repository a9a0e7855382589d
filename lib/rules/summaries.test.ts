import { describe, expect, it } from "vitest";
import { completionSummary, exercisePainSummary, painSummary, runningSummary } from "./summaries";

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

  it("calls a 1-point change noise", () => {
    expect(exercisePainSummary("Askling Diver", [{ date: "2026-11-01", pain: 4 }, { date: "2026-11-15", pain: 5 }])).toBe(
      "Pain during Askling Diver rose from 4 to 5 over 2 weeks: within day-to-day noise.",
    );
  });

  it("says when there is too little to judge", () => {
    expect(painSummary([{ date: "2026-11-01", painAfter: 4 }])).toMatch(/Not enough sessions/);
  });

  it("counts completion against prescriptions, not beyond them", () => {
    expect(completionSummary([{ done: 20, prescribed: 14 }, { done: 4, prescribed: 14 }])).toBe(
      "18 of 28 prescribed exercise sessions done (64%) over 2 weeks.",
    );
  });

  it("places the load ratio against its band, as context", () => {
    expect(runningSummary([{ distanceKm: 10, ratio: null }, { distanceKm: 16, ratio: 1.6 }])).toBe(
      "Weekly distance went from 10 km to 16 km this week; the latest load ratio is 1.6, above the 0.8-1.3 band (context, not a verdict).",
    );
  });
});

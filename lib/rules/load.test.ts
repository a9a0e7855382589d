import { describe, expect, it } from "vitest";
import { acuteChronicRatio, isSteepRise, loadBand, sessionLoad, weeklyChange } from "./load";

describe("running load", () => {
  it("session load is RPE x minutes (session-RPE)", () => {
    expect(sessionLoad(6, 45)).toBe(270);
  });

  it("the acute:chronic ratio is this week's load over the 28-day weekly average", () => {
    expect(acuteChronicRatio(1300, 4000)).toBeCloseTo(1.3);
    expect(acuteChronicRatio(500, 0)).toBeNull();
  });

  it.each([
    [0.79, "below target"],
    [0.8, "in target"],
    [1.3, "in target"],
    [1.31, "above target"],
    [1.5, "above target"],
    [1.51, "high risk"],
  ] as const)("a ratio of %f is %s (0.8-1.3 target, above 1.5 high risk)", (ratio, band) => {
    expect(loadBand(ratio)).toBe(band);
  });

  it("flags a week-over-week distance rise above 30%", () => {
    expect(weeklyChange(20, 26)).toBeCloseTo(0.3);
    expect(isSteepRise(weeklyChange(20, 26))).toBe(false);
    expect(isSteepRise(weeklyChange(20, 27))).toBe(true);
    expect(weeklyChange(0, 10)).toBeNull();
  });
});

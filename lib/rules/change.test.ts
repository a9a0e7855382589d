import { describe, expect, it } from "vitest";
import { painChange, painTrend } from "./change";

// A real change: at least 2 points, or at least 33% and at least 1 point. Smaller changes are noise.
describe("painChange", () => {
  it.each([
    [6, 4, "improving"], // 2 points
    [4, 6, "worsening"], // 2 points
    [6, 5, "no real change"], // 1 point, 17%
    [7, 8, "no real change"], // 1 point, 14%
    [3, 2, "improving"], // 1 point and 33%: real
    [3, 4, "worsening"], // 1 point and 33%
    [0.4, 0.6, "no real change"], // 50% but 0.2 points: noise
    [1, 1.8, "no real change"], // 80% but 0.8 points: below the 1-point floor
    [0, 1, "worsening"], // from no pain, 1 point is real
    [0, 0.5, "no real change"],
    [6, 6, "no real change"],
  ] as const)("from %f to %f is %s", (from, to, trend) => {
    expect(painChange(from, to).trend).toBe(trend);
  });

  it("reports the points moved", () => {
    expect(painChange(6, 3)).toEqual({ from: 6, to: 3, points: -3, trend: "improving" });
  });
});

describe("painTrend over two 14-day windows", () => {
  it("compares like with like only when both windows have at least 3 logs", () => {
    expect(painTrend({ mean: 2, logs: 3 }, { mean: 5, logs: 3 })?.trend).toBe("worsening");
    expect(painTrend({ mean: 2, logs: 2 }, { mean: 5, logs: 6 })).toBeNull();
    expect(painTrend({ mean: 2, logs: 6 }, { mean: 5, logs: 2 })).toBeNull();
    expect(painTrend({ mean: null, logs: 0 }, { mean: 5, logs: 6 })).toBeNull();
  });
});

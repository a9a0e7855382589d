import { describe, expect, it } from "vitest";
import { painChange } from "./change";

// DOMAIN.md: a real change is at least 2 points or 33%; smaller changes are noise.
describe("painChange", () => {
  it.each([
    [6, 4, "improving"], // 2 points
    [6, 5, "no real change"], // 1 point, 17%
    [4, 6, "worsening"], // 2 points
    [7, 8, "no real change"], // 1 point, 14%
    [3, 2, "improving"], // 1 point but 33%
    [3, 4, "worsening"], // 1 point but 33%
    [6, 6, "no real change"],
    [0, 1, "worsening"], // from no pain, any pain is a real change
  ] as const)("from %i to %i is %s", (from, to, trend) => {
    expect(painChange(from, to).trend).toBe(trend);
  });

  it("reports the points moved", () => {
    expect(painChange(6, 3)).toEqual({ from: 6, to: 3, points: -3, trend: "improving" });
  });
});

import { describe, expect, it } from "vitest";
import { phaseStartDates } from "./phases";

describe("phaseStartDates", () => {
  it("dates each phase when the one before runs out (Nordic: 1 week each, then maintain)", () => {
    const items = [1, 2, 3, 4].map((phase) => ({ phase, phaseWeeks: 1 })).concat([{ phase: 5, phaseWeeks: null as never }]);
    expect(Object.fromEntries(phaseStartDates(items, "2026-11-02"))).toEqual({
      1: "2026-11-02",
      2: "2026-11-09",
      3: "2026-11-16",
      4: "2026-11-23",
      5: "2026-11-30",
    });
  });

  it("gives a template without phases one start: the plan's", () => {
    expect([...phaseStartDates([{ phase: 1, phaseWeeks: null }], "2026-11-02")]).toEqual([[1, "2026-11-02"]]);
  });
});

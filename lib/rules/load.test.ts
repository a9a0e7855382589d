import { describe, expect, it } from "vitest";
import { addDaysIso } from "@/lib/dates";
import { distanceChange, isSteepRise, loadBand, loadBlocks, loadRatio, type Run, sessionLoad } from "./load";
import { DEFAULT_PAIN_RULES } from "./thresholds";

const today = "2026-11-23"; // a Monday: no calendar week may be half counted
const run = (daysAgo: number, load = 200, distanceKm = 5): Run => ({ date: addDaysIso(today, -daysAgo), load, distanceKm });
/** Runs every other day from `from` days ago to `to` days ago. */
const everyOtherDay = (from: number, to: number, load = 200) => Array.from({ length: Math.floor((from - to) / 2) + 1 }, (_, i) => run(from - i * 2, load));

describe("session load", () => {
  it("is RPE x minutes (session-RPE)", () => expect(sessionLoad(6, 45)).toBe(270));
});

describe("acute:chronic ratio on rolling days", () => {
  it("is the last 7 days' load over the 28-day weekly average", () => {
    // 200 load every other day for 28 days, plus a run before the window: 14 runs, 4 in the last 7 days.
    const runs = everyOtherDay(27, 0);
    const ratio = loadRatio(runs, today, addDaysIso(today, -29));
    const acute = runs.filter((r) => r.date > addDaysIso(today, -7)).length * 200;
    expect(ratio).toEqual({ kind: "ratio", value: Math.round((acute / ((runs.length * 200) / 4)) * 100) / 100, band: "in target" });
  });

  it("is not given with less than 28 days of running history", () => {
    expect(loadRatio(everyOtherDay(20, 0), today, null)).toEqual({ kind: "building", days: 21 });
  });

  it("says 'returning from a break' after 21 days off instead of a ratio of 4", () => {
    const runs = [...everyOtherDay(28, 22), run(0, 800)];
    expect(loadRatio(runs, today, addDaysIso(today, -29))).toEqual({ kind: "break", daysOff: 21, returned: true });
  });

  it("calls 14 days without a run a break", () => {
    expect(loadRatio(everyOtherDay(28, 14), today, addDaysIso(today, -29))).toEqual({ kind: "break", daysOff: 14, returned: false });
  });

  it("reads 1.51 as 1.51, above the high-risk line", () => {
    // 3 equal weeks, then 1.51 of a week: the ratio is 1.51 / ((3 + 1.51) / 4).
    const runs = [run(27, 1000), run(20, 1000), run(13, 1000), run(6, 1000 * x151())];
    function x151() {
      // acute / ((3000 + acute) / 4) = 1.51  =>  acute = 1.51 * 3000 / (4 - 1.51)
      return (1.51 * 3) / (4 - 1.51);
    }
    const ratio = loadRatio(runs, today, addDaysIso(today, -30));
    expect(ratio).toEqual({ kind: "ratio", value: 1.51, band: "high risk" });
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

  it("uses the runner's band", () => {
    expect(loadBand(1.4, { ...DEFAULT_PAIN_RULES, loadRatioDanger: 1.35 })).toBe("high risk");
  });
});

describe("distance: the last 7 days against the 7 before", () => {
  it("is rolling, so a Monday does not read as a week of nothing", () => {
    const runs = [run(1, 0, 6), run(3, 0, 7), run(9, 0, 10)];
    expect(distanceChange(runs, today)).toEqual({ last7: 13, previous7: 10, change: 0.3 });
  });

  it("flags a rise above 30%", () => {
    expect(isSteepRise(0.3)).toBe(false);
    expect(isSteepRise(0.35)).toBe(true);
    expect(distanceChange([run(1, 0, 10)], today).change).toBeNull();
  });
});

describe("load blocks for the chart", () => {
  it("end today and step back 7 days at a time, each with the same ratio definition", () => {
    const runs = everyOtherDay(60, 0);
    const from = addDaysIso(today, -27);
    const blocks = loadBlocks(runs, from, today, null);
    expect(blocks.map((b) => b.end)).toEqual([21, 14, 7, 0].map((d) => addDaysIso(today, -d)));
    expect(blocks.at(-1)!.ratio).toEqual(loadRatio(runs, today, addDaysIso(today, -28)));
    expect(blocks.at(-1)!.runs).toBe(runs.filter((r) => r.date > addDaysIso(today, -7)).length);
  });
});

import { describe, expect, it } from "vitest";
import { completion, prescribedSessions } from "./adherence";

describe("completion over 14 days (stopped below half)", () => {
  it.each([
    [2, 8, 0.25, true],
    [3, 8, 0.375, true],
    [4, 8, 0.5, false], // exactly one half is not "below half"
    [8, 8, 1, false],
    [10, 8, 1, false], // extra sessions do not count beyond the plan
  ])("%i of %i sessions is %f, stopped: %s", (done, prescribed, ratio, stopped) => {
    expect(completion(done, prescribed)).toMatchObject({ ratio, stopped });
  });

  it("has no ratio without a prescription", () => {
    expect(completion(0, 0)).toEqual({ done: 0, prescribed: 0, ratio: null, stopped: false, judged: false });
  });

  it("counts prescribed sessions from days per week and times per day", () => {
    expect(prescribedSessions([{ daysPerWeek: 7, timesPerDay: 1 }, { daysPerWeek: 3, timesPerDay: 1 }], 14)).toBe(20);
    expect(prescribedSessions([{ daysPerWeek: 2, timesPerDay: 1 }], 7)).toBe(2);
    // Askling's Extender, twice a day: one logged session is half of that day.
    expect(prescribedSessions([{ daysPerWeek: 7, timesPerDay: 2 }], 1)).toBe(2);
    expect(completion(1, prescribedSessions([{ daysPerWeek: 7, timesPerDay: 2 }], 1)).ratio).toBe(0.5);
  });
});

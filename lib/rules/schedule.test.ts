import { describe, expect, it } from "vitest";
import { dosesOn, isDueOn, weekStart } from "./schedule";

// 2026-11-16 is a Monday.
describe("weekStart", () => {
  it.each([
    ["2026-11-16", "2026-11-16"],
    ["2026-11-19", "2026-11-16"],
    ["2026-11-22", "2026-11-16"],
  ])("the week of %s starts on %s", (date, monday) => expect(weekStart(date)).toBe(monday));
});

describe("isDueOn", () => {
  it("is due every day at 7 days a week", () => {
    expect(isDueOn({ daysPerWeek: 7, weekdays: [] }, "2026-11-18", ["2026-11-17", "2026-11-16"])).toBe(true);
  });

  it("follows chosen weekdays exactly", () => {
    const monWedFri = { daysPerWeek: 3, weekdays: [1, 3, 5] };
    expect(isDueOn(monWedFri, "2026-11-18", [])).toBe(true); // Wednesday
    expect(isDueOn(monWedFri, "2026-11-19", [])).toBe(false); // Thursday
  });

  it("stops being due once the week's sessions are done", () => {
    expect(isDueOn({ daysPerWeek: 2, weekdays: [] }, "2026-11-20", ["2026-11-16", "2026-11-18"])).toBe(false);
  });

  it("counts only this week's sessions", () => {
    expect(isDueOn({ daysPerWeek: 1, weekdays: [] }, "2026-11-16", ["2026-11-15"])).toBe(true);
  });

  it("spaces a 3-a-week dose: not the day after, while the week has room", () => {
    expect(isDueOn({ daysPerWeek: 3, weekdays: [] }, "2026-11-17", ["2026-11-16"])).toBe(false);
  });

  it("lets a spaced dose catch up when the week is running out", () => {
    // Sunday, one done on Saturday, two still owed: due.
    expect(isDueOn({ daysPerWeek: 3, weekdays: [] }, "2026-11-22", ["2026-11-21"])).toBe(true);
  });
});

describe("dosesOn: times per day", () => {
  const extender = { daysPerWeek: 7, weekdays: [], timesPerDay: 2 };
  it("gives a twice-a-day exercise two doses, and each session fills one", () => {
    expect(dosesOn(extender, "2026-11-18", [])).toEqual({ total: 2, done: 0 });
    expect(dosesOn(extender, "2026-11-18", ["2026-11-18"])).toEqual({ total: 2, done: 1 });
    expect(dosesOn(extender, "2026-11-18", ["2026-11-18", "2026-11-18"])).toEqual({ total: 2, done: 2 });
  });

  it("gives a day off no doses, unless the runner did it anyway", () => {
    const monWedFri = { daysPerWeek: 3, weekdays: [1, 3, 5], timesPerDay: 1 };
    expect(dosesOn(monWedFri, "2026-11-19", [])).toEqual({ total: 0, done: 0 });
    expect(dosesOn(monWedFri, "2026-11-19", ["2026-11-19"])).toEqual({ total: 1, done: 1 });
  });
});

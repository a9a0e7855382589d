import { describe, expect, it } from "vitest";
import { addDaysIso } from "@/lib/dates";
import { needsWeeks, worstPerWeek } from "./weekly";

const session = (date: string, during: number, light: "green" | "amber" | "red", nextMorning: number | null = null) => ({ date, painDuring: during, painAfter: during, nextMorning, light });

describe("a week to a point on long ranges", () => {
  it("keeps one point per session up to 12 weeks, and weeks beyond", () => {
    const today = "2026-11-23";
    expect(needsWeeks([addDaysIso(today, -83), today])).toBe(false);
    expect(needsWeeks([addDaysIso(today, -84), today])).toBe(true);
  });

  it("shows each week's worst, so one red session in a quiet week stays red", () => {
    const to = "2026-11-23";
    const weeks = worstPerWeek([session("2026-11-10", 1, "green", 1), session("2026-11-16", 2, "green"), session("2026-11-17", 7, "red", 4), session("2026-11-23", 1, "green")], to);
    expect(weeks).toEqual([
      { end: "2026-11-16", sessions: 2, during: 2, after: 2, morning: 1, light: "green" },
      { end: "2026-11-23", sessions: 2, during: 7, after: 7, morning: 4, light: "red" },
    ]);
  });

  it("bounds two years of daily sessions to about a hundred points", () => {
    const to = "2026-11-23";
    const daily = Array.from({ length: 730 }, (_, i) => session(addDaysIso(to, -729 + i), i % 5, "green"));
    expect(worstPerWeek(daily, to)).toHaveLength(105);
  });
});

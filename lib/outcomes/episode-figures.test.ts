import { describe, expect, it } from "vitest";
import { addDaysIso } from "@/lib/dates";
import { sessionLight } from "@/lib/rules/traffic-light";
import { daysToFirstPainFreeWeek, painOverEpisode } from "./episode-figures";
import { episodePainSentence } from "./summary-lines";

const start = "2026-10-01";
/** A session on day `d` of the episode, judged by the default rules. */
function session(d: number, painDuring: number, painAfter: number, nextMorning: number | null, baseline = 1) {
  const pain = { painDuring, painAfter, baseline, nextMorning, neural: false };
  return { date: addDaysIso(start, d), ...pain, verdict: sessionLight(pain) };
}

describe("the first pain-free week of an episode", () => {
  it("is the first whole week whose every session is green with its next morning at or below its baseline", () => {
    const sessions = [session(0, 4, 4, 3), session(3, 1, 1, 1), session(8, 1, 1, 1), session(10, 2, 1, 0), session(15, 1, 1, 1)];
    // Week 1 holds an amber session; week 2 (days 7-13) is the first whose sessions all settled.
    expect(daysToFirstPainFreeWeek(sessions, start, addDaysIso(start, 30))).toBe(14);
  });

  it("does not count a session whose next morning is missing or above its baseline, nor a week not yet whole", () => {
    expect(daysToFirstPainFreeWeek([session(1, 0, 0, null)], start, addDaysIso(start, 30))).toBeNull();
    expect(daysToFirstPainFreeWeek([session(1, 0, 0, 2)], start, addDaysIso(start, 30))).toBeNull();
    // Discharged on day 5: week 1 is not whole, so it cannot be the pain-free week.
    expect(daysToFirstPainFreeWeek([session(1, 0, 0, 0)], start, addDaysIso(start, 5))).toBeNull();
    expect(daysToFirstPainFreeWeek([session(1, 0, 0, 0)], start, addDaysIso(start, 6))).toBe(7);
    // A week with no session is not a pain-free week: silence is not green.
    expect(daysToFirstPainFreeWeek([session(9, 0, 0, 0)], start, addDaysIso(start, 20))).toBe(14);
  });
});

describe("pain over the episode", () => {
  it("compares the first two weeks' pain after with the last two's by the real-change rule", () => {
    const early = [0, 2, 4].map((d) => session(d, 4, 5, 2, 2));
    const late = [40, 42, 44].map((d) => session(d, 1, 2, 1));
    const pain = painOverEpisode([...early, ...late], start, addDaysIso(start, 45));
    expect(pain.first).toMatchObject({ sessions: 3, during: 4, after: 5 });
    expect(pain.last).toMatchObject({ sessions: 3, during: 1, after: 2 });
    expect(pain.change?.trend).toBe("improving");
    expect(episodePainSentence(pain, "en")).toMatch(/averaged 5 in the first two weeks and 2 in the last two: a real improvement/);
    expect(episodePainSentence(pain, "es")).toMatch(/5 de media en las dos primeras semanas y de 2 en las dos últimas: una mejoría real/);
  });

  it("says there were too few sessions rather than calling a change from two", () => {
    const pain = painOverEpisode([session(0, 4, 5, 2), session(1, 4, 5, 2), session(40, 1, 1, 1), session(41, 1, 1, 1), session(42, 1, 1, 1)], start, addDaysIso(start, 45));
    expect(pain.change).toBeNull();
    expect(episodePainSentence(pain, "en")).toMatch(/^Too few sessions to compare .* \(2 and 3; the rule needs 3 in each\)/);
  });
});

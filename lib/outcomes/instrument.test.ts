import { describe, expect, it } from "vitest";
import { inWords } from "@/lib/i18n/say";
import { answersProblem, score, scoreRange, verdict } from "./instrument";
import { GROC, INSTRUMENTS, LEFS, PSFS } from "./instruments";

/** What is wrong with a fill, worded in English, or null. */
const problem = (...args: Parameters<typeof answersProblem>) => {
  const said = answersProblem(...args);
  return said && inWords(said, "en");
};

describe("the outcome measures, scored as published", () => {
  it("LEFS: the 20 answers added up, 0-80; real from 9 points either way", () => {
    expect(scoreRange(LEFS)).toEqual({ min: 0, max: 80 });
    // Binkley's worked range: every item "a little bit of difficulty" (3) is 60.
    expect(score(LEFS, Array(20).fill(3))).toBe(60);
    expect(verdict(LEFS, 40, 49)).toEqual({ points: 9, real: true, direction: "better" });
    expect(verdict(LEFS, 40, 48)).toEqual({ points: 8, real: false, direction: "better" });
    expect(verdict(LEFS, 60, 51)).toEqual({ points: -9, real: true, direction: "worse" });
    expect(verdict(LEFS, null, 51)).toBeNull();
  });

  it("PSFS: the mean of the runner's own activities, 0-10 to one decimal; real from 2 points of the mean", () => {
    expect(scoreRange(PSFS)).toEqual({ min: 0, max: 10 });
    // Three activities rated 3, 5 and 4 at intake: a mean of 4.0; later 6, 7 and 5: 6.0.
    expect(score(PSFS, [3, 5, 4])).toBe(4);
    expect(score(PSFS, [6, 7, 5])).toBe(6);
    expect(verdict(PSFS, 4, 6)).toEqual({ points: 2, real: true, direction: "better" });
    // Two activities, 4 and 5 (4.5), then 6 and 6 (6.0): 1.5 points, not yet real.
    expect(verdict(PSFS, score(PSFS, [4, 5]), score(PSFS, [6, 6]))).toEqual({ points: 1.5, real: false, direction: "better" });
    // Means in thirds are kept to one decimal, so a change that is 2 on paper is 2, not 1.9999.
    expect(score(PSFS, [2, 2, 3])).toBe(2.3);
    expect(verdict(PSFS, score(PSFS, [2, 2, 3]), score(PSFS, [4, 4, 5]))).toMatchObject({ points: 2, real: true });
    expect(verdict(PSFS, 6, 4.1)).toEqual({ points: -1.9, real: false, direction: "worse" });
  });

  it("GROC: one rating from -7 to +7 that is itself the change; real from 3 either way", () => {
    expect(scoreRange(GROC)).toEqual({ min: -7, max: 7 });
    expect(GROC.scale.choices).toHaveLength(15);
    expect(score(GROC, [3])).toBe(3);
    expect(verdict(GROC, null, 3)).toEqual({ points: 3, real: true, direction: "better" });
    expect(verdict(GROC, null, 2)).toEqual({ points: 2, real: false, direction: "better" });
    expect(verdict(GROC, null, -3)).toEqual({ points: -3, real: true, direction: "worse" });
    expect(verdict(GROC, null, 0)).toEqual({ points: 0, real: false, direction: "same" });
  });

  it("refuses a fill that cannot be scored, with a sentence", () => {
    expect(answersProblem(LEFS, Array(20).fill(4))).toBeNull();
    expect(problem(LEFS, Array(19).fill(4))).toBe("Answer every question (20).");
    expect(problem(LEFS, [...Array(19).fill(4), 5])).toBe("Each answer is a whole number from 0 to 4.");
    expect(answersProblem(PSFS, [5, 6], ["Running 10 km", "Sitting through a drive"])).toBeNull();
    expect(problem(PSFS, [], [])).toBe("Name between 1 and 3 activities.");
    expect(problem(PSFS, [1, 2, 3, 4], ["a", "b", "c", "d"])).toBe("Name between 1 and 3 activities.");
    expect(problem(PSFS, [5, 6], ["Running", " "])).toBe("Name each activity in a few words (at most 120 characters).");
    expect(problem(PSFS, [5.5], ["Running"])).toBe("Each answer is a whole number from 0 to 10.");
    expect(problem(GROC, [8])).toBe("Each answer is a whole number from -7 to 7.");
    expect(problem(GROC, [])).toBe("Answer every question (1).");
  });

  it("names a source for every instrument and every threshold", () => {
    for (const instrument of Object.values(INSTRUMENTS)) {
      expect(instrument.source).toMatch(/\d{4}/);
      expect(instrument.realChange.source).toMatch(/\d{4}/);
      expect(instrument.scale.choices.every((c) => c.value >= instrument.scale.min && c.value <= instrument.scale.max)).toBe(true);
    }
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_PAIN_RULES } from "./thresholds";
import { sessionLight, type SessionPain } from "./traffic-light";

// docs/pain-rules.md: the decision table, row by row, with its boundaries. Baseline 1 unless stated.
const session = (p: Partial<SessionPain>): SessionPain => ({ painDuring: 0, painAfter: 0, baseline: 1, nextMorning: 1, neural: false, ...p });
const light = (p: Partial<SessionPain>) => sessionLight(session(p)).light;

describe("pain during: <= 2 green, 3-5 amber, > 5 red", () => {
  it.each([
    [0, "green"],
    [2, "green"],
    [3, "amber"],
    [5, "amber"],
    [6, "red"],
    [10, "red"],
  ] as const)("pain %i during is %s", (pain, expected) => expect(light({ painDuring: pain })).toBe(expected));
});

describe("pain after: <= 2 green, 3-5 amber, > 5 red, judged at once, morning or not", () => {
  it.each([
    [2, "green"],
    [3, "amber"],
    [5, "amber"],
    [6, "red"],
    [9, "red"],
  ] as const)("pain %i after is %s", (pain, expected) => {
    expect(light({ painAfter: pain })).toBe(expected);
    expect(light({ painAfter: pain, nextMorning: null })).toBe(expected);
  });

  it("makes a run with pain 2 during and 9 after red straight away, with the reason", () => {
    const v = sessionLight(session({ painDuring: 2, painAfter: 9, nextMorning: null }));
    expect(v).toEqual({ light: "red", provisional: true, reasons: [{ code: "pain-after", light: "red", pain: 9 }] });
  });
});

describe("next morning against the baseline (the 24-hour rule)", () => {
  it.each([
    [1, 0, "green"], // lower than before
    [1, 1, "green"], // rise 0
    [1, 2, "amber"], // rise 1
    [1, 3, "red"], // rise 2
    [4, 5, "amber"], // rise 1, and 5 is not above 5
    [5, 6, "red"], // rise 1, but above 5
    [7, 6, "red"], // no rise, but above 5
  ] as const)("baseline %i, next morning %i is %s", (baseline, nextMorning, expected) => {
    expect(light({ baseline, nextMorning })).toBe(expected);
  });

  it("names the rise", () => {
    expect(sessionLight(session({ baseline: 1, nextMorning: 4 })).reasons).toEqual([{ code: "morning-rise", light: "red", pain: 4, rise: 3 }]);
  });

  it("is provisional until the next morning is in, and a morning can only add to the light", () => {
    const before = sessionLight(session({ painDuring: 3, nextMorning: null }));
    expect(before).toMatchObject({ light: "amber", provisional: true });
    for (const morning of [0, 1, 2, 3, 6]) {
      const after = sessionLight(session({ painDuring: 3, nextMorning: morning }));
      expect(after.provisional).toBe(false);
      expect(["amber", "red"]).toContain(after.light);
    }
  });

  it("the worst row wins", () => {
    expect(light({ painDuring: 4, painAfter: 2, baseline: 1, nextMorning: 3 })).toBe("red");
  });
});

describe("neural rule: a glide leaves nothing behind", () => {
  it.each([
    [1, 1, "green"], // back to baseline
    [1, 2, "amber"], // 1 above baseline: amber even though 2 is within the standard band
    [0, 1, "amber"],
    [3, 3, "amber"], // 3 after is amber by the after band anyway
    [1, 6, "red"], // red limits as for any session
  ] as const)("baseline %i, pain after %i is %s", (baseline, painAfter, expected) => {
    expect(light({ neural: true, baseline, painAfter, nextMorning: baseline })).toBe(expected);
  });

  it("does not apply to a standard session", () => {
    expect(light({ neural: false, baseline: 1, painAfter: 2, nextMorning: 1 })).toBe("green");
  });
});

describe("the limits are the runner's, not constants", () => {
  it("a stricter red limit during of 3 makes pain 4 during red", () => {
    const strict = { ...DEFAULT_PAIN_RULES, painDuringRedAbove: 3 };
    expect(sessionLight(session({ painDuring: 4 }), strict).light).toBe("red");
    expect(sessionLight(session({ painDuring: 4 })).light).toBe("amber");
  });

  it("a morning rise of 1 can be made red", () => {
    expect(sessionLight(session({ baseline: 1, nextMorning: 2 }), { ...DEFAULT_PAIN_RULES, morningRiseRed: 1 }).light).toBe("red");
  });
});

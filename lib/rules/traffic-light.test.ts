import { describe, expect, it } from "vitest";
import { sessionLight, type SessionPain } from "./traffic-light";

const session = (p: Partial<SessionPain>): SessionPain => ({ painDuring: 0, painAfter: 0, baseline: 1, nextMorning: 1, neural: false, ...p });

describe("traffic light: pain during activity (DOMAIN.md: 0-2 safe, up to 5 acceptable, above 5 not)", () => {
  it.each([
    [0, "green"],
    [2, "green"],
    [3, "amber"],
    [5, "amber"],
    [6, "red"],
    [10, "red"],
  ] as const)("pain %i during is %s", (pain, light) => {
    expect(sessionLight(session({ painDuring: pain })).light).toBe(light);
  });
});

describe("traffic light: the next morning, 24 hours on", () => {
  it("is green when the morning is no higher than before the session", () => {
    expect(sessionLight(session({ baseline: 2, painAfter: 2, nextMorning: 2 })).light).toBe("green");
  });

  it("is amber when pain rose after the session but had settled by the next morning", () => {
    const v = sessionLight(session({ baseline: 1, painAfter: 3, nextMorning: 1 }));
    expect(v.light).toBe("amber");
    expect(v.reasons).toEqual([{ code: "morning-rise-settled", light: "amber", rise: 2 }]);
  });

  it("is red when the next morning is higher than before: the load was too much", () => {
    const v = sessionLight(session({ baseline: 1, painAfter: 3, nextMorning: 4 }));
    expect(v.light).toBe("red");
    expect(v.reasons).toContainEqual({ code: "morning-rise-unsettled", light: "red", rise: 3 });
  });

  it("is red for a 1-point morning rise too: any rise that has not settled", () => {
    expect(sessionLight(session({ baseline: 2, nextMorning: 3 })).light).toBe("red");
  });

  it("waits for the morning: without a check-in it judges pain during only", () => {
    const v = sessionLight(session({ painDuring: 1, painAfter: 4, nextMorning: null }));
    expect(v).toEqual({ light: "green", reasons: [], awaitingMorning: true });
  });
});

describe("traffic light: the neural rule for nerve glides (light tension only)", () => {
  it.each([
    [2, "green"],
    [3, "amber"],
    [5, "amber"],
    [6, "red"],
  ] as const)("pain %i provoked after a glide is %s", (pain, light) => {
    expect(sessionLight(session({ neural: true, painAfter: pain, baseline: 10, nextMorning: 0 })).light).toBe(light);
  });

  it("does not apply to a standard session: pain after alone is judged by the next morning", () => {
    expect(sessionLight(session({ neural: false, painAfter: 6, baseline: 10, nextMorning: 0 })).light).toBe("green");
  });
});

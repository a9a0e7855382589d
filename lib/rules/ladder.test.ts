import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { say } from "@/lib/i18n/say";
import { DEFAULT_LADDER, ladderDecision, type LadderDecision, type LadderRun, stepLabel, stepOn } from "./ladder";

/** A decision as a reader sees it. */
const words = (d: LadderDecision, locale: Locale = "en") => ({ move: d.move, because: say(locale, d.because), ...("needs" in d && d.needs ? { needs: say(locale, d.needs) } : {}) });
import { DEFAULT_PAIN_RULES } from "./thresholds";

const run = (date: string, pain: number, nextMorning: number | null = 1): LadderRun => ({ date, painDuring: pain, painAfter: pain, baseline: 1, nextMorning, neural: false });
const decide = (runs: LadderRun[], step = 2) => ladderDecision(runs, step, DEFAULT_LADDER.length, DEFAULT_PAIN_RULES);

describe("the walk-run ladder", () => {
  it("names each step as the run log shows it", () => {
    expect(stepLabel(DEFAULT_LADDER, 2)).toBe("Step 2: walk 3 min / run 2 min x 6");
    expect(stepLabel(DEFAULT_LADDER, 5)).toBe("Step 5: 20 minutes easy running");
    expect(stepLabel(DEFAULT_LADDER, 2, "es")).toBe("Paso 2: caminar 3 min / correr 2 min x 6");
  });

  it("steps up after two green runs in a row with their mornings in", () => {
    expect(decide([run("2026-11-02", 1), run("2026-11-04", 1)]).move).toBe("up");
  });

  it("holds after one green run, and while the second's morning is not in", () => {
    expect(words(decide([run("2026-11-02", 1)]))).toEqual({ move: "hold", because: "waiting", needs: "1 more green run with a settled morning" });
    expect(words(decide([run("2026-11-02", 1), run("2026-11-04", 1, null)]))).toMatchObject({ move: "hold", needs: "the morning check-in after 4 Nov" });
    expect(words(decide([run("2026-11-02", 1, null)]), "es")).toMatchObject({ needs: "1 carrera más en verde con una mañana tranquila, y el control de la mañana después del 2 nov" });
  });

  it("holds on amber at the step's second run, and needs two greens after it", () => {
    expect(words(decide([run("2026-11-02", 1), run("2026-11-04", 4)]))).toMatchObject({ move: "hold", because: "amber run on 4 Nov: repeat this step" });
    expect(decide([run("2026-11-02", 1), run("2026-11-04", 4), run("2026-11-06", 1)]).move).toBe("hold");
    expect(decide([run("2026-11-02", 1), run("2026-11-04", 4), run("2026-11-06", 1), run("2026-11-08", 1)]).move).toBe("up");
  });

  it("steps down on a red run, even after greens; at the first step it holds for the physio", () => {
    expect(decide([run("2026-11-02", 1), run("2026-11-04", 1), run("2026-11-05", 7)]).move).toBe("down");
    expect(decide([run("2026-11-02", 7)], 1).move).toBe("hold");
  });

  it("does not step past the top", () => {
    expect(decide([run("2026-11-02", 1), run("2026-11-04", 1)], DEFAULT_LADDER.length).move).toBe("hold");
  });

  it("reads the step in force on a day from the moves", () => {
    const moves = [
      { step: 1, effectiveFrom: "2026-11-02" },
      { step: 2, effectiveFrom: "2026-11-05" },
      { step: 1, effectiveFrom: "2026-11-08" },
    ];
    expect(["2026-11-01", "2026-11-04", "2026-11-05", "2026-11-07", "2026-11-08"].map((d) => stepOn(moves, d))).toEqual([null, 1, 2, 2, 1]);
  });
});

import { describe, expect, it } from "vitest";
import { ADVICE, RED_FLAG_GROUPS } from "./red-flags";
import { painRulesInWords, SAFETY_IN_WORDS } from "./rules-in-words";
import { DEFAULT_PAIN_RULES } from "./thresholds";

describe("the printed programme", () => {
  it("lists all four red-flag groups, each with what to do", () => {
    expect(SAFETY_IN_WORDS).toHaveLength(RED_FLAG_GROUPS.length);
    expect(SAFETY_IN_WORDS).toEqual([
      `Saddle numbness, bladder or bowel change, new sexual dysfunction or pain or numbness in both legs: ${ADVICE.emergency.headline.toLowerCase()}.`,
      `Leg weakness getting worse, foot slapping or dropping or numbness spreading: ${ADVICE.today.headline.toLowerCase()}.`,
      `Fever with back pain, unexplained weight loss or constant night pain: ${ADVICE["within-24h"].headline.toLowerCase()}.`,
      `Pop with large bruising, a gap in the muscle or cannot walk normally: ${ADVICE["this-week"].headline.toLowerCase()}.`,
    ]);
  });

  it("says exactly what the next morning is compared with, and the runner's own limits", () => {
    const words = painRulesInWords({ ...DEFAULT_PAIN_RULES, morningRiseRed: 3, reinjuryPainDuring: 6 }, { usualPain: 2, nerveGlides: true }).join(" ");
    expect(words).toContain("that morning's check-in, or if you did not check in that morning, your latest check-in of the 2 days before, or if there is none, your usual pain (2)");
    expect(words).toContain("Morning pain 3 or more points above that");
    expect(words).toContain("pain of 6 or more during it");
    expect(words).not.toContain("above your usual");
  });
});

import { describe, expect, it } from "vitest";
import { wordsFor } from "@/lib/i18n/words";
import { painRulesInWords } from "./rules-in-words";
import { DEFAULT_PAIN_RULES } from "./thresholds";

describe("the printed programme's pain rules", () => {
  const rules = { ...DEFAULT_PAIN_RULES, morningRiseRed: 3, reinjuryPainDuring: 6 };

  it("says exactly what the next morning is compared with, and the runner's own limits", () => {
    const words = painRulesInWords(wordsFor("en", "programme"), rules, { usualPain: 2, nerveGlides: true }).join(" ");
    expect(words).toContain("that morning's check-in, or if you did not check in that morning, your latest check-in of the 2 days before, or if there is none, your usual pain (2)");
    expect(words).toContain("Morning pain 3 or more points above that");
    expect(words).toContain("pain of 6 or more during it");
    expect(words).not.toContain("above your usual");
  });

  it("gives a Spanish-speaking runner the same numbers in Spanish, nerve glides only when prescribed", () => {
    const words = painRulesInWords(wordsFor("es", "programme"), rules, { usualPain: 2, nerveGlides: false });
    expect(words.join(" ")).toContain("tu dolor habitual (2). Un dolor por la mañana 3 o más puntos por encima");
    expect(words.join(" ")).toContain("un dolor de 6 o más durante ella");
    expect(words.some((w) => w.includes("deslizamientos neurales"))).toBe(false);
    expect(words).toHaveLength(5);
  });
});

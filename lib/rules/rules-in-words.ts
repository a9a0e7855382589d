import type { Words } from "@/lib/i18n/words";
import type { PainRules } from "./thresholds";

/**
 * The runner's own pain rules as a handout says them, in the reader's language: the same numbers the traffic
 * light judges by (lib/rules/traffic-light.ts), from the runner's limits, never the defaults when a clinician
 * changed them.
 */
export function painRulesInWords(t: Words<"programme">, rules: PainRules, options: { usualPain: number; nerveGlides: boolean }): string[] {
  const words = [
    t("rules.during", { amber: rules.painDuringAmberAbove, red: rules.painDuringRedAbove }),
    t("rules.after", { amber: rules.painAfterAmberAbove, red: rules.painAfterRedAbove }),
    t("rules.morning", { usual: options.usualPain, rise: rules.morningRiseRed, morningRed: rules.morningPainRedAbove }),
    t("rules.reinjury", { pain: rules.reinjuryPainDuring }),
  ];
  if (options.nerveGlides) words.push(t("rules.nerveGlides"));
  words.push(t("rules.logEvery"));
  return words;
}

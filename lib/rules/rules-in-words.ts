import { ADVICE, RED_FLAG_GROUPS } from "./red-flags";
import type { PainRules } from "./thresholds";

/**
 * The runner's own pain rules as a handout says them: the same numbers the traffic light judges by
 * (lib/rules/traffic-light.ts), from the runner's limits, never the defaults when a clinician changed them.
 */
export function painRulesInWords(rules: PainRules, options: { usualPain: number; nerveGlides: boolean }): string[] {
  const words = [
    `During exercise or a run: pain up to ${rules.painDuringAmberAbove} out of 10 is fine. Above ${rules.painDuringAmberAbove} is a warning: keep the load the same and do not add to it. Above ${rules.painDuringRedAbove} is too much: stop, and do less next time.`,
    `In the hour after: the same idea, up to ${rules.painAfterAmberAbove} is fine and above ${rules.painAfterRedAbove} is too much.`,
    `The next morning is the test that matters. It is compared with your pain before the session: that morning's check-in, or if you did not check in that morning, your latest check-in of the 2 days before, or if there is none, your usual pain (${options.usualPain}). Morning pain ${rules.morningRiseRed} or more points above that, or above ${rules.morningPainRedAbove}, means the load was too much: ease off and tell your physio. A 1-point rise is a warning: repeat, do not progress.`,
    `A sudden sharp pain or a "pop" during a session or a run, or pain of ${rules.reinjuryPainDuring} or more during it: stop, and answer the questions StrideBack asks when you log it.`,
  ];
  if (options.nerveGlides) {
    words.push("Nerve glides should leave nothing behind: light tension only, never a stretch, and stop short of tingling. Any pain after them above your pain before the session, or new tingling or numbness afterwards, is a warning.");
  }
  words.push("Log every session, and do the morning check-in: StrideBack shows you and your physio the light for each session.");
  return words;
}

/** The red-flag advice for a handout: all four groups, in the words the app gives on a yes (lib/rules/red-flags.ts). */
export const SAFETY_IN_WORDS = RED_FLAG_GROUPS.map((g) => {
  const signs = g.signs.map((s) => s.short);
  return `${signs.slice(0, -1).join(", ")} or ${signs.at(-1)}: ${ADVICE[g.urgency].headline.toLowerCase()}.`.replace(/^./, (c) => c.toUpperCase());
});

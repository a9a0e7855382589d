import { z } from "zod";
import type { PainRules } from "@/lib/rules/thresholds";
import { blankToUndefined, requiredText } from "./fields";

/*
 * A clinician's limits for one runner, from a form: a blank field means "the clinic's default". Pain limits
 * are whole points on the 0-10 scale; load ratios have two decimals.
 */
/** A whole number in a range, with one message for every way it can be wrong. */
const wholeNumber = (min: number, max: number, message: string) =>
  z.preprocess(blankToUndefined, z.coerce.number({ error: message }).int(message).min(min, message).max(max, message).optional());
/** A number in a range, rounded to `places` decimals. */
const decimal = (min: number, max: number, places: number, messages: { type: string; range: string }) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: messages.type })
      .min(min, messages.range)
      .max(max, messages.range)
      .transform((x) => Math.round(x * 10 ** places) / 10 ** places)
      .optional(),
  );

const painLimit = (min: number) => wholeNumber(min, 10, `A whole number from ${min} to 10.`);
const ratioLimit = decimal(0.1, 5, 2, { type: "A ratio with up to two decimals.", range: "A ratio from 0.1 to 5." });
const count = (min: number, max: number, what: string) => wholeNumber(min, max, `A whole number of ${what} from ${min} to ${max}.`);
const kilometres = decimal(1, 200, 1, { type: "A distance in km, from 1 to 200.", range: "A distance in km, from 1 to 200." });

export const limits = {
  painDuringAmberAbove: painLimit(0),
  painDuringRedAbove: painLimit(0),
  painAfterAmberAbove: painLimit(0),
  painAfterRedAbove: painLimit(0),
  morningRiseRed: painLimit(1),
  morningPainRedAbove: painLimit(0),
  loadRatioLow: ratioLimit,
  loadRatioHigh: ratioLimit,
  loadRatioDanger: ratioLimit,
  reinjuryPainDuring: painLimit(1),
  morningCreepSessions: count(2, 10, "sessions"),
  noCheckinSessions: count(1, 14, "sessions"),
  returnKmAbove: kilometres,
  returnRunsAbove: count(1, 14, "runs"),
  notScreenedDays: count(1, 14, "days"),
  progressGreenSessions: count(1, 10, "sessions"),
  progressClearDays: count(1, 28, "days"),
  stepBackReds: count(1, 5, "red sessions"),
  stepBackDays: count(1, 28, "days"),
  ladderGreenRuns: count(1, 5, "runs"),
} satisfies Record<keyof PainRules, z.ZodType>;

export const painRulesSchema = z.object({
  ...limits,
  reason: requiredText("reason", 500),
});
export type PainRulesInput = z.infer<typeof painRulesSchema>;

/** Each pair must rise: amber before red, and the load ratio's bands in order. Field named is the higher one. */
export const RISING_PAIRS: [keyof PainRules, keyof PainRules][] = [
  ["painDuringAmberAbove", "painDuringRedAbove"],
  ["painAfterAmberAbove", "painAfterRedAbove"],
  ["loadRatioLow", "loadRatioHigh"],
  ["loadRatioHigh", "loadRatioDanger"],
];

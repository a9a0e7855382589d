import { z } from "zod";
import type { PainRules } from "@/lib/rules/thresholds";
import { plainText } from "./fields";

/*
 * A clinician's limits for one runner, from a form: a blank field means "the clinic's default". Pain limits
 * are whole points on the 0-10 scale; load ratios have two decimals.
 */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const painLimit = (min: number) =>
  z.preprocess(blank, z.coerce.number({ error: `A whole number from ${min} to 10.` }).int(`A whole number from ${min} to 10.`).min(min, `A whole number from ${min} to 10.`).max(10, `A whole number from ${min} to 10.`).optional());
const ratioLimit = z.preprocess(
  blank,
  z.coerce
    .number({ error: "A ratio with up to two decimals." })
    .min(0.1, "A ratio from 0.1 to 5.")
    .max(5, "A ratio from 0.1 to 5.")
    .transform((x) => Math.round(x * 100) / 100)
    .optional(),
);

const count = (min: number, max: number, what: string) =>
  z.preprocess(blank, z.coerce.number({ error: `A whole number of ${what} from ${min} to ${max}.` }).int(`A whole number of ${what} from ${min} to ${max}.`).min(min, `A whole number of ${what} from ${min} to ${max}.`).max(max, `A whole number of ${what} from ${min} to ${max}.`).optional());
const kilometres = z.preprocess(
  blank,
  z.coerce
    .number({ error: "A distance in km, from 1 to 200." })
    .min(1, "A distance in km, from 1 to 200.")
    .max(200, "A distance in km, from 1 to 200.")
    .transform((x) => Math.round(x * 10) / 10)
    .optional(),
);

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
} satisfies Record<keyof PainRules, z.ZodType>;

export const painRulesSchema = z.object({
  ...limits,
  reason: plainText("Say why this runner's limits differ.").trim().min(1, "Say why this runner's limits differ.").max(500, "The reason is at most 500 characters."),
});
export type PainRulesInput = z.infer<typeof painRulesSchema>;

/** Each pair must rise: amber before red, and the load ratio's bands in order. Field named is the higher one. */
export const RISING_PAIRS: [keyof PainRules, keyof PainRules][] = [
  ["painDuringAmberAbove", "painDuringRedAbove"],
  ["painAfterAmberAbove", "painAfterRedAbove"],
  ["loadRatioLow", "loadRatioHigh"],
  ["loadRatioHigh", "loadRatioDanger"],
];

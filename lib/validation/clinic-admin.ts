import { z } from "zod";
import type { PainRules } from "@/lib/rules/thresholds";
import { passwordSchema, timeZone } from "./clinic";
import { said } from "@/lib/i18n/said";
import { calendarDate, checkbox, requiredText, wholeNumber } from "./fields";
import { limits, RISING_PAIRS } from "./pain-rules";

/*
 * The forms of running a clinic: setting it up, its details and pain-rule defaults, colleagues, handover
 * and cover.
 */
const name = (field: "clinicName" | "yourName" | "colleagueName") => requiredText(field, 120);
export const email = () => z.string({ error: said("enterEmail") }).trim().toLowerCase().pipe(z.email(said("validEmail")));
const phone = () =>
  z
    .string({ error: said("enterPhone") })
    .trim()
    .regex(/^[+]?[0-9][0-9 ()-]{5,24}$/, said("phoneDigits"));

/** The clinic's limits: every field filled (the form shows StrideBack's defaults), each pair rising. */
const required = (schema: z.ZodType<number | undefined>) => schema.refine((v) => v !== undefined, said("enterValue")).transform((v) => v as number);
const defaults = z
  .object({
    painDuringAmberAbove: required(limits.painDuringAmberAbove),
    painDuringRedAbove: required(limits.painDuringRedAbove),
    painAfterAmberAbove: required(limits.painAfterAmberAbove),
    painAfterRedAbove: required(limits.painAfterRedAbove),
    morningRiseRed: required(limits.morningRiseRed),
    morningPainRedAbove: required(limits.morningPainRedAbove),
    loadRatioLow: required(limits.loadRatioLow),
    loadRatioHigh: required(limits.loadRatioHigh),
    loadRatioDanger: required(limits.loadRatioDanger),
    reinjuryPainDuring: required(limits.reinjuryPainDuring),
    morningCreepSessions: required(limits.morningCreepSessions),
    noCheckinSessions: required(limits.noCheckinSessions),
    returnKmAbove: required(limits.returnKmAbove),
    returnRunsAbove: required(limits.returnRunsAbove),
    notScreenedDays: required(limits.notScreenedDays),
    progressGreenSessions: required(limits.progressGreenSessions),
    progressClearDays: required(limits.progressClearDays),
    stepBackReds: required(limits.stepBackReds),
    stepBackDays: required(limits.stepBackDays),
    ladderGreenRuns: required(limits.ladderGreenRuns),
  } satisfies Record<keyof PainRules, z.ZodType<number>>)
  .superRefine((v, ctx) => {
    for (const [low, high] of RISING_PAIRS) {
      if (v[low] > v[high]) ctx.addIssue({ code: "custom", path: [high], message: said("limitOrder") });
    }
  });

export const clinicDetailsSchema = z
  .object({ name: name("clinicName"), phone: phone(), timeZone: timeZone(), requireSecondFactor: checkbox(), retentionYears: wholeNumber("retention", 1, 30, "years") })
  .and(defaults);
export type ClinicDetailsInput = z.infer<typeof clinicDetailsSchema>;

export const clinicSetupSchema = clinicDetailsSchema.and(z.object({ adminName: name("yourName"), adminEmail: email() })).and(passwordSchema);
export type ClinicSetupInput = z.infer<typeof clinicSetupSchema>;

export const inviteClinicianSchema = z.object({ name: name("colleagueName"), email: email(), admin: checkbox() });
export type InviteClinicianInput = z.infer<typeof inviteClinicianSchema>;

export const clinicianIdSchema = z.object({ clinicianId: z.uuid(said("chooseClinician")) });
export const adminRightSchema = clinicianIdSchema.extend({ admin: checkbox() });

/** Hand runners to a colleague: one runner (from their page) or everyone a clinician has (from the team page). */
export const handoverSchema = z.object({ toClinicianId: z.uuid(said("chooseTakeover")) });
export const coverSchema = z.object({ clinicianId: z.uuid(said("chooseCover")), until: calendarDate() });
export type CoverInput = z.infer<typeof coverSchema>;

export const forgotPasswordSchema = z.object({ email: email() });
export const secondFactorCodeSchema = z.object({ code: z.string({ error: said("enterCode") }).trim().min(6, said("codeLength")).max(20, said("codeLength")) });


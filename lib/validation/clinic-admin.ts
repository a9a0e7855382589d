import { z } from "zod";
import type { PainRules } from "@/lib/rules/thresholds";
import { passwordSchema, timeZone } from "./clinic";
import { calendarDate, checkbox, plainText, wholeNumber } from "./fields";
import { limits, RISING_PAIRS } from "./pain-rules";

/*
 * The forms of running a clinic: setting it up, its details and pain-rule defaults, colleagues, handover
 * and cover.
 */
const name = (label: string) => plainText(`Enter ${label}.`).trim().min(1, `Enter ${label}.`).max(120, `${label[0]!.toUpperCase()}${label.slice(1)} is at most 120 characters.`);
export const email = () => z.string({ error: "Enter an email address." }).trim().toLowerCase().pipe(z.email("Enter a valid email address."));
const phone = () =>
  z
    .string({ error: "Enter the clinic's phone number." })
    .trim()
    .regex(/^[+]?[0-9][0-9 ()-]{5,24}$/, "Enter a phone number of digits, spaces, brackets or dashes (a leading + is fine).");

/** The clinic's limits: every field filled (the form shows StrideBack's defaults), each pair rising. */
const required = (schema: z.ZodType<number | undefined>) => schema.refine((v) => v !== undefined, "Enter a value.").transform((v) => v as number);
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
      if (v[low] > v[high]) ctx.addIssue({ code: "custom", path: [high], message: "This limit must not be below the one before it." });
    }
  });

export const clinicDetailsSchema = z
  .object({ name: name("the clinic's name"), phone: phone(), timeZone: timeZone(), requireSecondFactor: checkbox(), retentionYears: wholeNumber("retention", 1, 30, "years") })
  .and(defaults);
export type ClinicDetailsInput = z.infer<typeof clinicDetailsSchema>;

export const clinicSetupSchema = clinicDetailsSchema.and(z.object({ adminName: name("your name"), adminEmail: email() })).and(passwordSchema);
export type ClinicSetupInput = z.infer<typeof clinicSetupSchema>;

export const inviteClinicianSchema = z.object({ name: name("the colleague's name"), email: email(), admin: checkbox() });
export type InviteClinicianInput = z.infer<typeof inviteClinicianSchema>;

export const clinicianIdSchema = z.object({ clinicianId: z.uuid("Choose a clinician.") });
export const adminRightSchema = clinicianIdSchema.extend({ admin: checkbox() });

/** Hand runners to a colleague: one runner (from their page) or everyone a clinician has (from the team page). */
export const handoverSchema = z.object({ toClinicianId: z.uuid("Choose who takes over.") });
export const coverSchema = z.object({ clinicianId: z.uuid("Choose who covers."), until: calendarDate() });
export type CoverInput = z.infer<typeof coverSchema>;

export const forgotPasswordSchema = z.object({ email: email() });
export const secondFactorCodeSchema = z.object({ code: z.string({ error: "Enter the code." }).trim().min(6, "Enter the 6-digit code, or a recovery code.").max(20, "Enter the 6-digit code, or a recovery code.") });


import { LOCALES } from "@/lib/i18n/locales";
import { z } from "zod";
import { HISTORY_FLAG_CODES } from "@/lib/rules/red-flags";
import { screenSchema } from "./red-flags";
import { presentationEnum, sideEnum } from "@/db/schema";
import { resolveTimeZone } from "@/lib/dates";
import { said } from "@/lib/i18n/said";
import { calendarDate, optionalNumber, optionalText, painScore, requiredText, wholeNumber } from "./fields";

export const timeZone = () =>
  z
    .string({ error: said("chooseZone") })
    .trim()
    .min(1, said("chooseZone"))
    .transform((typed, ctx) => {
      const zone = resolveTimeZone(typed);
      if (!zone) ctx.addIssue({ code: "custom", message: said("unknownZone") });
      return zone ?? typed;
    });

/** What the clinician records of a runner, at intake and later: the next-morning rule needs the usual pain. */
export const runnerProfileSchema = z.object({
  presentation: z.enum(presentationEnum.enumValues, { error: said("choosePresentation") }),
  affectedSide: z.enum(sideEnum.enumValues, { error: said("chooseSide") }),
  goal: optionalText("goal", 300),
  usualPain: painScore("usualPain"),
  timeZone: timeZone(),
});
export type RunnerProfileInput = z.infer<typeof runnerProfileSchema>;

export const newRunnerSchema = runnerProfileSchema.extend({
  name: requiredText("runnerName", 120),
  email: z.string().trim().toLowerCase().pipe(z.email(said("validEmail"))),
  startDate: calendarDate(),
  /** The red-flag screen the clinician asks at intake: every group, whatever the presentation. */
  screen: screenSchema,
  /** History that raises suspicion of serious pathology (ticked boxes; none ticked is an empty list). */
  history: z.array(z.enum(HISTORY_FLAG_CODES, { error: said("chooseHistory") })).max(HISTORY_FLAG_CODES.length).optional(),
  /** The language of the runner's invite, emails and printouts; the form proposes the clinician's own. Omitted: English. */
  locale: z.enum(LOCALES, said("chooseLanguage")).optional(),
});
export type NewRunnerInput = z.infer<typeof newRunnerSchema>;

export const passwordSchema = z
  .object({
    password: z.string().min(10, said("passwordShort")).max(200, said("passwordLong")),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: said("differ") });

/**
 * One prescription of a plan or template item. Each set is exactly one of: repetitions, a hold, a timed
 * interval or a distance. Chosen weekdays are the days per week (each once); times per day counts doses.
 */
export const prescriptionSchema = z
  .object({
    exerciseId: z.uuid(said("chooseExercise")),
    sets: wholeNumber("sets", 1, 20),
    reps: optionalNumber("reps", 1, 100),
    holdSeconds: optionalNumber("hold", 1, 600),
    durationSeconds: optionalNumber("interval", 1, 7200),
    distanceMetres: optionalNumber("distanceMetres", 1, 50000),
    daysPerWeek: wholeNumber("daysPerWeek", 1, 7),
    timesPerDay: z.preprocess((v) => (v === "" || v == null ? 1 : v), wholeNumber("timesPerDay", 1, 4)),
    weekdays: z.array(z.coerce.number().int().min(1).max(7)).max(7).default([]),
    notes: optionalText("notes", 2000),
  })
  .refine((p) => [p.reps, p.holdSeconds, p.durationSeconds, p.distanceMetres].filter((x) => x != null).length === 1, {
    path: ["reps"],
    message: said("oneDose"),
  })
  .refine((p) => new Set(p.weekdays).size === p.weekdays.length, { path: ["weekdays"], message: said("weekdayOnce") })
  .refine((p) => p.weekdays.length === 0 || p.weekdays.length === p.daysPerWeek, {
    path: ["daysPerWeek"],
    message: said("daysMatch"),
  });
export type PrescriptionInput = z.infer<typeof prescriptionSchema>;

export const planSchema = z.object({
  title: requiredText("planTitle", 120),
  goal: optionalText("goal", 300),
  startDate: calendarDate(),
  changeNote: optionalText("changeNote", 500),
  /** On a revision of a phased plan: keep the later phases (the default) or replace them with this edit. */
  laterPhases: z.enum(["keep", "replace"], { error: said("chooseLaterPhases") }).default("keep"),
  items: z.array(prescriptionSchema).min(1, said("addExercise")).max(30, said("planMax", { max: 30 })),
  /** A new plan from a phased template: each later phase's prescriptions as the clinician left them. */
  laterItems: z.array(z.array(prescriptionSchema).min(1, said("phaseNeedsExercise")).max(30, said("phaseMax", { max: 30 }))).max(12).optional(),
});
export type PlanInput = z.infer<typeof planSchema>;

export const exerciseSchema = z
  .object({
    name: requiredText("exerciseName", 120),
    category: z.enum(["nerve_glide", "stretch", "strength", "eccentric", "soft_tissue", "running"], { error: said("chooseCategory") }),
    presentations: z.array(z.enum(presentationEnum.enumValues)).default([]),
    instructions: requiredText("instructions", 4000),
    cues: optionalText("cues", 2000),
    defaultSets: wholeNumber("sets", 1, 20),
    defaultReps: optionalNumber("reps", 1, 100),
    defaultHoldSeconds: optionalNumber("hold", 1, 600),
    defaultDaysPerWeek: wholeNumber("daysPerWeek", 1, 7),
    doseNotes: optionalText("doseNotes", 500),
    painRule: z.enum(["standard", "neural"], { error: said("choosePainRule") }),
  })
  .refine((e) => (e.defaultReps == null) !== (e.defaultHoldSeconds == null), { path: ["defaultReps"], message: said("repsOrHold") });
export type ExerciseInput = z.infer<typeof exerciseSchema>;

export const noteSchema = z.object({ body: requiredText("note", 5000) });

export const dischargeSchema = z.object({ date: calendarDate(), reason: requiredText("dischargeReason", 500) });
export type DischargeInput = z.infer<typeof dischargeSchema>;

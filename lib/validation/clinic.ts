import { LOCALES } from "@/lib/i18n/locales";
import { z } from "zod";
import { HISTORY_FLAG_CODES } from "@/lib/rules/red-flags";
import { screenSchema } from "./red-flags";
import { presentationEnum, sideEnum } from "@/db/schema";
import { resolveTimeZone } from "@/lib/dates";
import { calendarDate, painScore, plainText } from "./fields";

const text = (label: string, max: number) => plainText(`Enter ${label}.`).trim().min(1, `Enter ${label}.`).max(max, `${label[0]!.toUpperCase()}${label.slice(1)} is at most ${max} characters.`);
const optionalText = (label: string, max: number) => plainText().trim().max(max, `${label} is at most ${max} characters.`).default("");
const int = (label: string, min: number, max: number) =>
  z.preprocess((v) => (v === "" || v == null ? undefined : v), z.coerce.number({ error: `Enter ${label}.` }).int(`${label} is a whole number.`).min(min, `${label} is at least ${min}.`).max(max, `${label} is at most ${max}.`));
const optionalInt = (label: string, min: number, max: number) => z.preprocess((v) => (v === "" || v == null ? undefined : v), int(label, min, max).optional());

export const timeZone = () =>
  z
    .string({ error: "Choose a time zone." })
    .trim()
    .min(1, "Choose a time zone.")
    .transform((typed, ctx) => {
      const zone = resolveTimeZone(typed);
      if (!zone) ctx.addIssue({ code: "custom", message: "No time zone has that name: type a city and choose it from the list." });
      return zone ?? typed;
    });

/** What the clinician records of a runner, at intake and later: the next-morning rule needs the usual pain. */
export const runnerProfileSchema = z.object({
  presentation: z.enum(presentationEnum.enumValues, { error: "Choose a presentation." }),
  affectedSide: z.enum(sideEnum.enumValues, { error: "Choose the affected side." }),
  goal: optionalText("The goal", 300),
  usualPain: painScore("usualPain"),
  timeZone: timeZone(),
});
export type RunnerProfileInput = z.infer<typeof runnerProfileSchema>;

export const newRunnerSchema = runnerProfileSchema.extend({
  name: text("the runner's name", 120),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.")),
  startDate: calendarDate(),
  /** The red-flag screen the clinician asks at intake: every group, whatever the presentation. */
  screen: screenSchema,
  /** History that raises suspicion of serious pathology (ticked boxes; none ticked is an empty list). */
  history: z.array(z.enum(HISTORY_FLAG_CODES, { error: "Choose from the listed history." })).max(HISTORY_FLAG_CODES.length).optional(),
  /** The language of the runner's invite, emails and printouts; the form proposes the clinician's own. Omitted: English. */
  locale: z.enum(LOCALES, "Choose one of the languages offered.").optional(),
});
export type NewRunnerInput = z.infer<typeof newRunnerSchema>;

export const passwordSchema = z
  .object({
    password: z.string().min(10, "Use at least 10 characters.").max(200, "Use at most 200 characters."),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ." });

/**
 * One prescription of a plan or template item. Each set is exactly one of: repetitions, a hold, a timed
 * interval or a distance. Chosen weekdays are the days per week (each once); times per day counts doses.
 */
export const prescriptionSchema = z
  .object({
    exerciseId: z.uuid("Choose an exercise."),
    sets: int("Sets", 1, 20),
    reps: optionalInt("Reps", 1, 100),
    holdSeconds: optionalInt("Hold seconds", 1, 600),
    durationSeconds: optionalInt("Interval seconds", 1, 7200),
    distanceMetres: optionalInt("Distance in metres", 1, 50000),
    daysPerWeek: int("Days per week", 1, 7),
    timesPerDay: z.preprocess((v) => (v === "" || v == null ? 1 : v), int("Times per day", 1, 4)),
    weekdays: z.array(z.coerce.number().int().min(1).max(7)).max(7).default([]),
    notes: optionalText("Notes", 2000),
  })
  .refine((p) => [p.reps, p.holdSeconds, p.durationSeconds, p.distanceMetres].filter((x) => x != null).length === 1, {
    path: ["reps"],
    message: "Give one dose per set: reps, a hold, a time or a distance.",
  })
  .refine((p) => new Set(p.weekdays).size === p.weekdays.length, { path: ["weekdays"], message: "Choose each weekday once." })
  .refine((p) => p.weekdays.length === 0 || p.weekdays.length === p.daysPerWeek, {
    path: ["daysPerWeek"],
    message: "Days per week must match the weekdays chosen.",
  });
export type PrescriptionInput = z.infer<typeof prescriptionSchema>;

export const planSchema = z.object({
  title: text("a plan title", 120),
  goal: optionalText("The goal", 300),
  startDate: calendarDate(),
  changeNote: optionalText("What changed", 500),
  /** On a revision of a phased plan: keep the later phases (the default) or replace them with this edit. */
  laterPhases: z.enum(["keep", "replace"], { error: "Choose whether the phases to come stay." }).default("keep"),
  items: z.array(prescriptionSchema).min(1, "Add at least one exercise.").max(30, "A plan has at most 30 exercises."),
  /** A new plan from a phased template: each later phase's prescriptions as the clinician left them. */
  laterItems: z.array(z.array(prescriptionSchema).min(1, "Each phase needs at least one exercise.").max(30, "A phase has at most 30 exercises.")).max(12).optional(),
});
export type PlanInput = z.infer<typeof planSchema>;

export const exerciseSchema = z
  .object({
    name: text("a name", 120),
    category: z.enum(["nerve_glide", "stretch", "strength", "eccentric", "soft_tissue", "running"], { error: "Choose a category." }),
    presentations: z.array(z.enum(presentationEnum.enumValues)).default([]),
    instructions: text("instructions", 4000),
    cues: optionalText("Cues", 2000),
    defaultSets: int("Sets", 1, 20),
    defaultReps: optionalInt("Reps", 1, 100),
    defaultHoldSeconds: optionalInt("Hold seconds", 1, 600),
    defaultDaysPerWeek: int("Days per week", 1, 7),
    doseNotes: optionalText("Dose notes", 500),
    painRule: z.enum(["standard", "neural"], { error: "Choose a pain rule." }),
  })
  .refine((e) => (e.defaultReps == null) !== (e.defaultHoldSeconds == null), { path: ["defaultReps"], message: "Give reps or a hold time, not both." });
export type ExerciseInput = z.infer<typeof exerciseSchema>;

export const noteSchema = z.object({ body: text("a note", 5000) });

export const dischargeSchema = z.object({ date: calendarDate(), reason: text("the reason for discharge", 500) });
export type DischargeInput = z.infer<typeof dischargeSchema>;

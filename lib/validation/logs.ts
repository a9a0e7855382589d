import { said } from "@/lib/i18n/said";
import { z } from "zod";
import { DISTANCE_UNITS, KM_PER_MILE, toKm } from "@/lib/units";
import { blankToUndefined, calendarDate, clientId, distance, minutes, notes, optionalCount, painScore, rpeScore, stiffnessScore } from "./fields";
import type { ReadForm } from "./form-data";
import { screenFromForm, screenSchema } from "./red-flags";

/** A yes/no answer from two radios: unanswered (or not asked) is null, never a "no". */
const yesNo = () =>
  z.preprocess((v) => (v === "yes" ? true : v === "no" ? false : v === "" || v == null ? null : v), z.boolean({ error: said("yesOrNo") }).nullable()).optional();

/** A run's fields as the form posts them; the distance in the unit the form names. */
export const runLogFields = z.object({
  clientId: clientId(),
  date: calendarDate(),
  distanceKm: distance(),
  durationMinutes: minutes(),
  rpe: rpeScore(),
  painDuring: painScore("painDuring"),
  painAfter: painScore("painAfter"),
  notes: notes(),
  suddenPain: yesNo(),
});

const MAX_KM = 300;
/** A run as stored: the distance typed in kilometres or miles (`distanceUnit`, kilometres when absent), in kilometres. */
export const runLogSchema = runLogFields.extend({ distanceUnit: z.enum(DISTANCE_UNITS, said("unit")).optional() }).transform(({ distanceUnit, ...run }, ctx) => {
  const km = toKm(run.distanceKm, distanceUnit ?? "km");
  if (km > MAX_KM) {
    ctx.addIssue({ code: "custom", path: ["distanceKm"], message: said("runTooLong", { km: MAX_KM, mi: Math.floor(MAX_KM / KM_PER_MILE) }) });
    return z.NEVER;
  }
  return { ...run, distanceKm: km };
});
export type RunLogInput = z.output<typeof runLogSchema>;

export const exerciseResultSchema = z
  .object({
    prescriptionId: z.uuid(said("unknownExercise")),
    done: z.boolean(),
    sets: optionalCount("sets", 20),
    reps: optionalCount("reps", 100),
    holdSeconds: optionalCount("hold", 600),
    painDuring: z.preprocess(blankToUndefined, painScore("exercisePain").optional()),
  })
  // A skipped exercise has no dose or pain to record.
  .transform((r) => (r.done ? r : { ...r, sets: undefined, reps: undefined, holdSeconds: undefined, painDuring: undefined }));

export const sessionLogSchema = z.object({
  clientId: clientId(),
  date: calendarDate(),
  durationMinutes: minutes(),
  rpe: rpeScore(),
  /** The session's own pain during; an exercise scored on its own may raise it (the worst moment wins). */
  painDuring: z.preprocess(blankToUndefined, painScore("painDuring").optional()),
  painAfter: painScore("painAfter"),
  notes: notes(),
  suddenPain: yesNo(),
  nerveSymptoms: yesNo(),
  results: z
    .array(exerciseResultSchema)
    .min(1, said("markOne"))
    .refine((results) => new Set(results.map((r) => r.prescriptionId)).size === results.length, said("onceEach")),
});
export type SessionLogInput = z.infer<typeof sessionLogSchema>;

export const checkinSchema = z.object({
  clientId: clientId(),
  date: calendarDate(),
  pain: painScore("morningPain"),
  stiffness: stiffnessScore(),
  /** The red-flag questions, when the form asked any (this morning's check-in, for the presentations they apply to). */
  screen: screenSchema.optional(),
});
export type CheckinInput = z.infer<typeof checkinSchema>;

/** A check-in form's fields, with its red-flag screen gathered from the repeated fields. */
export function checkinFormToObject(read: ReadForm) {
  return { ...read.values, screen: screenFromForm(read) };
}

/**
 * The exercise session form posts one group of fields per prescription, named `done:<id>`, `sets:<id>`
 * and so on. This gathers them into `results` for the schema.
 */
export function sessionFormToObject({ values, list }: ReadForm) {
  const field = (name: string, id: string) => values[`${name}:${id}`];
  return {
    clientId: values.clientId,
    date: values.date,
    durationMinutes: values.durationMinutes,
    rpe: values.rpe,
    painDuring: values.painDuring,
    painAfter: values.painAfter,
    notes: values.notes ?? "",
    suddenPain: values.suddenPain,
    nerveSymptoms: values.nerveSymptoms,
    // "Not today" leaves an exercise out of the session; done and skipped both count towards adherence.
    // The checklist posts `done:<id>=yes` for a ticked row and `ifUnticked:<id>` for what an unticked one
    // means; an entry from an older form (kept offline) posts `done:<id>` as yes, no or omit.
    results: list("prescriptionId")
      .map((id) => ({ id, done: field("done", id) ?? field("ifUnticked", id) ?? "omit" }))
      .filter(({ done }) => done !== "omit")
      .map(({ id, done }) => ({
        prescriptionId: id,
        done: done === "yes",
        sets: field("sets", id),
        reps: field("reps", id),
        holdSeconds: field("hold", id),
        painDuring: field("pain", id),
      })),
  };
}

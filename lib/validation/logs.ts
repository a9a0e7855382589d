import { z } from "zod";
import { calendarDate, clientId, kilometres, minutes, notes, optionalCount, painScore, rpeScore, stiffnessScore } from "./fields";

export const runLogSchema = z.object({
  clientId: clientId(),
  date: calendarDate(),
  distanceKm: kilometres(),
  durationMinutes: minutes(),
  rpe: rpeScore(),
  painDuring: painScore("Pain during"),
  painAfter: painScore("Pain after"),
  notes: notes(),
});
export type RunLogInput = z.infer<typeof runLogSchema>;

export const exerciseResultSchema = z
  .object({
    prescriptionId: z.uuid("Unknown exercise."),
    done: z.boolean(),
    sets: optionalCount("Sets", 20),
    reps: optionalCount("Reps", 100),
    holdSeconds: optionalCount("Hold", 600),
    painDuring: z.preprocess((v) => (v === "" ? undefined : v), painScore("Pain during this exercise").optional()),
  })
  // A skipped exercise has no dose or pain to record.
  .transform((r) => (r.done ? r : { ...r, sets: undefined, reps: undefined, holdSeconds: undefined, painDuring: undefined }));

export const sessionLogSchema = z.object({
  clientId: clientId(),
  date: calendarDate(),
  durationMinutes: minutes(),
  rpe: rpeScore(),
  painAfter: painScore("Pain after"),
  notes: notes(),
  results: z.array(exerciseResultSchema).min(1, "Mark at least one exercise as done or skipped."),
});
export type SessionLogInput = z.infer<typeof sessionLogSchema>;

export const checkinSchema = z.object({
  clientId: clientId(),
  date: calendarDate(),
  pain: painScore("Morning pain"),
  stiffness: stiffnessScore(),
});
export type CheckinInput = z.infer<typeof checkinSchema>;

/**
 * The exercise session form posts one group of fields per prescription, named `done:<id>`, `sets:<id>`
 * and so on. This gathers them into `results` for the schema.
 */
export function sessionFormToObject(formData: FormData) {
  const ids = formData.getAll("prescriptionId").map(String);
  const field = (name: string, id: string) => formData.get(`${name}:${id}`) ?? undefined;
  return {
    clientId: formData.get("clientId"),
    date: formData.get("date"),
    durationMinutes: formData.get("durationMinutes"),
    rpe: formData.get("rpe"),
    painAfter: formData.get("painAfter"),
    notes: formData.get("notes") ?? "",
    // "Not today" leaves an exercise out of the session; done and skipped both count towards adherence.
    results: ids.filter((id) => field("done", id) !== "omit").map((id) => ({
      prescriptionId: id,
      done: field("done", id) === "yes",
      sets: field("sets", id),
      reps: field("reps", id),
      holdSeconds: field("hold", id),
      painDuring: field("pain", id),
    })),
  };
}

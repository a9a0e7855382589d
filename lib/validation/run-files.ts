import { z } from "zod";
import { runLogSchema } from "./logs";

/** A run saved from a file: the runner's answers; the date, distance and time come from the file on the server. */
export const runFromFileSchema = runLogSchema.omit({ date: true, distanceKm: true, durationMinutes: true }).extend({
  runFileId: z.uuid("Choose the run file again."),
});
export type RunFromFileInput = z.infer<typeof runFromFileSchema>;

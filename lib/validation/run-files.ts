import { z } from "zod";
import { runLogFields } from "./logs";

/** A run saved from a file: the runner's answers; the date, distance and time come from the file on the server. */
export const runFromFileSchema = runLogFields.omit({ date: true, distanceKm: true, durationMinutes: true }).extend({
  runFileId: z.uuid("Choose the run file again."),
});
export type RunFromFileInput = z.infer<typeof runFromFileSchema>;

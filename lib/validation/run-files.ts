import { z } from "zod";
import { said } from "@/lib/i18n/said";
import { runLogFields } from "./logs";

/** A run saved from a file: the runner's answers; the date, distance and time come from the file on the server. */
export const runFromFileSchema = runLogFields.omit({ date: true, distanceKm: true, durationMinutes: true }).extend({
  runFileId: z.uuid(said("runFile.chooseFileAgain")),
});
export type RunFromFileInput = z.infer<typeof runFromFileSchema>;

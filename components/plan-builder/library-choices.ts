import type { Locale } from "@/lib/i18n/locales";
import { doseLabel } from "@/lib/labels";
import type { LibraryChoice } from "./exercise-picker";

/** The library as the plan builder offers it, each default dose worded on the server in the clinician's language. */
export function libraryChoices(library: Omit<LibraryChoice, "dose">[], locale: Locale): LibraryChoice[] {
  return library.map((x) => ({ ...x, dose: doseLabel({ sets: x.defaultSets, reps: x.defaultReps, holdSeconds: x.defaultHoldSeconds, daysPerWeek: x.defaultDaysPerWeek }, locale) }));
}

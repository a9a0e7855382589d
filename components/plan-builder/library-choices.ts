import type { Exercise } from "@/db/schema";
import { exerciseInWords } from "@/lib/i18n/exercise-words";
import type { Locale } from "@/lib/i18n/locales";
import { doseLabel } from "@/lib/labels";
import type { LibraryChoice } from "./exercise-picker";
import { illustrationSrc } from "@/lib/illustrations/src";

/**
 * The library as the plan builder offers it, worded on the server in the clinician's language (the global
 * library's names and instructions, each default dose), and only the fields the picker shows.
 */
export function libraryChoices(library: Exercise[], locale: Locale): LibraryChoice[] {
  return library.map((row) => {
    const x = exerciseInWords(row, locale);
    return {
      id: x.id,
      name: x.name,
      category: x.category,
      instructions: x.instructions,
      illustration: x.illustration && illustrationSrc(x.illustration, locale),
      defaultSets: x.defaultSets,
      defaultReps: x.defaultReps,
      defaultHoldSeconds: x.defaultHoldSeconds,
      defaultDaysPerWeek: x.defaultDaysPerWeek,
      dose: doseLabel({ sets: x.defaultSets, reps: x.defaultReps, holdSeconds: x.defaultHoldSeconds, daysPerWeek: x.defaultDaysPerWeek }, locale),
    };
  });
}

import type { Locale } from "./locales";
import { MESSAGES } from "./messages";

/*
 * The global exercise library in the reader's language. Its rows are data, seeded once in English; each
 * carries its key in `illustration` (the drawing made for it), and its words in every language are the
 * messages exercises.<key>.*, which a test holds equal to the seed in English. A clinic's own exercise
 * (clinicId set) is shown as the clinic wrote it, in whatever language that was.
 */
interface LibraryWords {
  name: string;
  instructions: string;
  cues?: string;
  doseNotes?: string;
  alt: string;
  /** Each step's caption in the drawing, by its number. */
  steps: Record<string, string>;
}

interface ExerciseText {
  clinicId: string | null;
  illustration: string | null;
  name: string;
  instructions?: string;
  cues?: string;
  doseNotes?: string;
  illustrationAlt?: string | null;
}

/** The library's words for a key, or none for a key the messages do not know. */
export function libraryWords(locale: Locale, key: string): LibraryWords | null {
  const library = MESSAGES[locale].exercises as Record<string, LibraryWords>;
  return Object.hasOwn(library, key) ? library[key]! : null;
}

/** An exercise as its reader should read it: the global library's in their language, a clinic's own as written. */
export function exerciseInWords<E extends ExerciseText>(exercise: E, locale: Locale): E {
  const words = exercise.clinicId === null && exercise.illustration ? libraryWords(locale, exercise.illustration) : null;
  if (!words) return exercise;
  // Only the fields the row carries are worded, so a narrow read stays narrow.
  const worded: ExerciseText = { ...exercise, name: words.name };
  if (exercise.instructions !== undefined) worded.instructions = words.instructions;
  if (exercise.cues) worded.cues = words.cues ?? exercise.cues;
  if (exercise.doseNotes) worded.doseNotes = words.doseNotes ?? exercise.doseNotes;
  if (exercise.illustrationAlt) worded.illustrationAlt = words.alt;
  return worded as E;
}

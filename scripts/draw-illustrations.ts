/*
 * Writes the exercise library's step-by-step drawings, one set per language: public/illustrations/<key>.svg
 * in English and public/illustrations/<locale>/<key>.svg for the others (lib/illustrations/src.ts). The
 * poses are lib/illustrations/library.ts; the name, the description and each step's caption are the
 * messages exercises.<key>.*. Run it after changing either (npx tsx scripts/draw-illustrations.ts); the
 * files are committed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { drawSteps } from "../lib/illustrations/figure";
import { ILLUSTRATIONS } from "../lib/illustrations/library";
import { illustrationSrc } from "../lib/illustrations/src";
import { libraryWords } from "../lib/i18n/exercise-words";
import { LOCALES } from "../lib/i18n/locales";
import { exerciseLibrary } from "../lib/seed/exercise-library";

for (const locale of LOCALES) {
  for (const entry of exerciseLibrary) {
    const drawing = ILLUSTRATIONS[entry.key];
    const words = libraryWords(locale, entry.key);
    if (!drawing || !words) throw new Error(`No drawing or no ${locale} words for library exercise ${entry.key}`);
    const file = join(process.cwd(), "public", illustrationSrc(entry.key, locale));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, drawSteps(`${words.name}: ${words.alt}`, drawing.steps.map((step, i) => ({ ...step, caption: words.steps[String(i + 1)]! }))));
  }
}
console.log(`Drew ${exerciseLibrary.length} exercises in ${LOCALES.length} languages into public/illustrations`);

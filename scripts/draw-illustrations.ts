/*
 * Writes the exercise library's step-by-step drawings to public/illustrations/<key>.svg. Run it after
 * changing lib/illustrations/library.ts (npx tsx scripts/draw-illustrations.ts); the files are committed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { drawSteps } from "../lib/illustrations/figure";
import { ILLUSTRATIONS } from "../lib/illustrations/library";
import { exerciseLibrary } from "../lib/seed/exercise-library";

const dir = join(process.cwd(), "public", "illustrations");
mkdirSync(dir, { recursive: true });
for (const entry of exerciseLibrary) {
  const drawing = ILLUSTRATIONS[entry.key];
  if (!drawing) throw new Error(`No drawing for library exercise ${entry.key}`);
  writeFileSync(join(dir, `${entry.key}.svg`), drawSteps(`${entry.name}: ${drawing.alt}`, drawing.steps));
}
console.log(`Drew ${exerciseLibrary.length} exercises into ${dir}`);

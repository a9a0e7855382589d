import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { exerciseLibrary } from "@/lib/seed/exercise-library";
import { drawSteps } from "./figure";
import { libraryWords } from "@/lib/i18n/exercise-words";
import { LOCALES } from "@/lib/i18n/locales";
import { ILLUSTRATIONS } from "./library";
import { illustrationSrc } from "./src";

describe("the library's drawings", () => {
  it("exist for every library exercise, with numbered steps, a caption each and alt text naming every step", () => {
    for (const entry of exerciseLibrary) {
      const drawing = ILLUSTRATIONS[entry.key];
      expect(drawing, entry.key).toBeDefined();
      expect(drawing!.steps.length).toBeGreaterThanOrEqual(2);
      for (const [i, step] of drawing!.steps.entries()) {
        expect(step.caption.length).toBeGreaterThan(3);
        expect(drawing!.alt).toContain(`${i + 1}:`);
      }
    }
  });

  it.each(LOCALES)("are committed in %s as the code draws them, and each is an image a browser and sharp can read", async (locale) => {
    for (const entry of exerciseLibrary) {
      const src = illustrationSrc(entry.key, locale);
      const file = readFileSync(path.join(process.cwd(), "public", src), "utf8");
      const drawing = ILLUSTRATIONS[entry.key]!;
      const words = libraryWords(locale, entry.key)!;
      const captioned = drawing.steps.map((step, i) => ({ ...step, caption: words.steps[String(i + 1)]! }));
      expect(file, `${src} is stale: run npx tsx scripts/draw-illustrations.ts`).toBe(drawSteps(`${words.name}: ${words.alt}`, captioned));
      const { width, height } = await sharp(Buffer.from(file)).metadata();
      expect(width).toBe(200 * drawing.steps.length);
      expect(height).toBeGreaterThan(150);
    }
  });
});

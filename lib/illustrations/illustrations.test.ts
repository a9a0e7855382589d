import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { exerciseLibrary } from "@/lib/seed/exercise-library";
import { drawSteps } from "./figure";
import { ILLUSTRATIONS } from "./library";

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

  it("are committed as the code draws them, and each is an image a browser and sharp can read", async () => {
    for (const entry of exerciseLibrary) {
      const file = readFileSync(path.join(process.cwd(), "public", "illustrations", `${entry.key}.svg`), "utf8");
      const drawing = ILLUSTRATIONS[entry.key]!;
      expect(file, `public/illustrations/${entry.key}.svg is stale: run npx tsx scripts/draw-illustrations.ts`).toBe(drawSteps(`${entry.name}: ${drawing.alt}`, drawing.steps));
      const { width, height } = await sharp(Buffer.from(file)).metadata();
      expect(width).toBe(200 * drawing.steps.length);
      expect(height).toBeGreaterThan(150);
    }
  });
});

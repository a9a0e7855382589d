import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { readImageForPrint } from "@/lib/data/media";
import type { ExerciseMedia } from "@/lib/data/media";
import { toPng } from "@/lib/media/process";

/** A picture for print, as PNG (react-pdf draws PNG and JPEG only): the clinic's photo, else the library drawing. */
export async function printablePicture(item: { photo: ExerciseMedia | null; illustration: { name: string } | null }): Promise<Buffer | null> {
  if (item.photo) {
    const bytes = await readImageForPrint(item.photo);
    if (bytes) return toPng(bytes, 640);
  }
  if (item.illustration && /^[a-z0-9-]+$/.test(item.illustration.name)) {
    const svg = await fs.readFile(path.join(process.cwd(), "public", "illustrations", `${item.illustration.name}.svg`)).catch(() => null);
    if (svg) return toPng(svg, 800);
  }
  return null;
}

import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { readImageForPrint } from "@/lib/data/media";
import type { ExerciseMedia } from "@/lib/data/media";
import { toPng } from "@/lib/media/process";

/** A picture for print, as PNG (react-pdf draws PNG and JPEG only): the clinic's photo, else the library drawing. */
export async function printablePicture(item: { photo: ExerciseMedia | null; illustration: { src: string } | null }): Promise<Buffer | null> {
  if (item.photo) {
    const bytes = await readImageForPrint(item.photo);
    if (bytes) return toPng(bytes, 640);
  }
  // A drawing's path is one lib/illustrations/src.ts makes, in the reader's language; nothing else is read.
  if (item.illustration && /^\/illustrations\/([a-z]{2}\/)?[a-z0-9-]+\.svg$/.test(item.illustration.src)) {
    const svg = await fs.readFile(path.join(process.cwd(), "public", item.illustration.src)).catch(() => null);
    if (svg) return toPng(svg, 800);
  }
  return null;
}

import "server-only";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { IMAGE_LIMIT_BYTES, IMAGE_WIDTHS, type MediaFile, VIDEO_LIMIT_BYTES } from "./limits";

/*
 * What an upload becomes. The type is read from the file's own bytes (a renamed file is refused), a photo
 * is re-encoded by sharp into WebP at a few widths (which also drops its metadata: a phone photo's GPS
 * position never reaches a runner), and a video is kept as sent.
 */
const IMAGE_TYPES = new Set(["image/jpeg", "image/png", "image/webp"]);
const VIDEO_TYPES = new Set(["video/mp4", "video/webm", "video/quicktime"]);

export class MediaRefused extends Error {
  constructor(readonly reason: "type" | "size" | "unreadable" | "empty") {
    // The clinician reads why in their language (messages media.<reason>), on the page the upload returns to.
    super(`media refused: ${reason}`);
  }
}


export interface PreparedMedia {
  kind: "image" | "video";
  contentType: string;
  files: { name: MediaFile; body: Buffer }[];
  width: number | null;
  height: number | null;
}

export async function prepareMedia(bytes: Buffer): Promise<PreparedMedia> {
  if (bytes.length === 0) throw new MediaRefused("empty");
  const type = await fileTypeFromBuffer(bytes);
  if (type && VIDEO_TYPES.has(type.mime)) {
    if (bytes.length > VIDEO_LIMIT_BYTES) throw new MediaRefused("size");
    return { kind: "video", contentType: type.mime, files: [{ name: "video", body: bytes }], width: null, height: null };
  }
  if (!type || !IMAGE_TYPES.has(type.mime)) throw new MediaRefused("type");
  if (bytes.length > IMAGE_LIMIT_BYTES) throw new MediaRefused("size");
  try {
    // rotate() applies the camera's orientation before the metadata is dropped.
    const source = sharp(bytes, { limitInputPixels: 50_000_000 }).rotate();
    const { width, height } = await source.clone().toBuffer({ resolveWithObject: true }).then((r) => r.info);
    const files = await Promise.all(
      IMAGE_WIDTHS.map(async (w) => ({ name: `w${w}.webp` as MediaFile, body: await source.clone().resize({ width: w, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer() })),
    );
    return { kind: "image", contentType: "image/webp", files, width: Math.min(width, 32767), height: Math.min(height, 32767) };
  } catch {
    throw new MediaRefused("unreadable");
  }
}

/** PNG for the printed programme: react-pdf draws PNG and JPEG only. */
export const toPng = (image: Buffer, width: number) => sharp(image).resize({ width, withoutEnlargement: true }).flatten({ background: "#ffffff" }).png().toBuffer();

/** What an upload may be, and what a refusal says: shared by the upload route, its form and the tests. */
export const IMAGE_LIMIT_BYTES = 10 * 1024 * 1024;
export const VIDEO_LIMIT_BYTES = 25 * 1024 * 1024;
/** The widths an image is kept at: a phone at 1x and 2x, and the clinician's desk. */
export const IMAGE_WIDTHS = [320, 640, 1024] as const;
export type MediaFile = `w${(typeof IMAGE_WIDTHS)[number]}.webp` | "video";

export const REFUSALS = {
  type: "That file is not a JPEG, PNG or WebP photo, nor an MP4, WebM or MOV video. StrideBack reads the file itself, not its name.",
  size: `A photo can be at most ${IMAGE_LIMIT_BYTES / 1024 / 1024} MB and a video at most ${VIDEO_LIMIT_BYTES / 1024 / 1024} MB.`,
  unreadable: "That photo could not be read: it may be damaged. Try exporting it again as a JPEG.",
  empty: "Choose a photo or a video to upload.",
} as const;

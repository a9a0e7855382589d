/** What an upload may be, and what a refusal says: shared by the upload route, its form and the tests. */
export const IMAGE_LIMIT_BYTES = 10 * 1024 * 1024;
export const VIDEO_LIMIT_BYTES = 25 * 1024 * 1024;
/** The widths an image is kept at: a phone at 1x and 2x, and the clinician's desk. */
export const IMAGE_WIDTHS = [320, 640, 1024] as const;
export type MediaFile = `w${(typeof IMAGE_WIDTHS)[number]}.webp` | "video";


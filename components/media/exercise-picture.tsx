import type { ExerciseMedia } from "@/lib/data/media";
import { IMAGE_WIDTHS } from "@/lib/media/limits";

/*
 * How an exercise is shown: the clinic's own photo first, else the library's step-by-step drawing; a
 * video, when there is one, below it. Sizes are fixed by width and height so nothing shifts as it loads.
 */
// On a phone the picture sits inside the page's, the card's and the item's padding (about 6rem in all).
export function ExercisePicture({ media, illustration, sizes = "(max-width: 640px) calc(100vw - 6rem), 544px" }: { media: ExerciseMedia[]; illustration: { src: string; alt: string } | null; sizes?: string }) {
  const image = media.find((m) => m.kind === "image");
  const video = media.find((m) => m.kind === "video");
  return (
    <>
      {image ? (
        // eslint-disable-next-line @next/next/no-img-element -- the route serves its own resized copies; next/image would resize them again
        <img
          src={`/media/${image.id}/w640.webp`}
          srcSet={IMAGE_WIDTHS.map((w) => `/media/${image.id}/w${w}.webp ${Math.min(w, image.width ?? w)}w`).join(", ")}
          sizes={sizes}
          width={image.width ?? undefined}
          height={image.height ?? undefined}
          alt={image.altText}
          loading="lazy"
          className="h-auto w-full rounded-md border border-slate-200"
        />
      ) : illustration ? (
        // eslint-disable-next-line @next/next/no-img-element -- a static SVG drawing; nothing to optimise
        <img src={illustration.src} alt={illustration.alt} width={400} height={194} loading="lazy" className="h-auto w-full rounded-md border border-slate-200 bg-white" />
      ) : null}
      {video ? (
        <video controls preload="metadata" playsInline className="mt-2 w-full rounded-md" aria-label={video.altText}>
          <source src={`/media/${video.id}/video`} type={video.contentType} />
          {video.altText}
        </video>
      ) : null}
    </>
  );
}

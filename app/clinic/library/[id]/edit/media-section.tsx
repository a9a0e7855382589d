import type { ExerciseMedia } from "@/lib/data/media";
import { IMAGE_LIMIT_BYTES, REFUSALS, VIDEO_LIMIT_BYTES } from "@/lib/media/limits";
import { removeMediaAction } from "../../../actions";

const NOTICES: Record<string, { ok: boolean; text: string }> = {
  added: { ok: true, text: "Uploaded. Runners with this exercise in their plan now see it." },
  removed: { ok: true, text: "Removed." },
  alt: { ok: false, text: "Say what the photo or video shows: runners using a screen reader hear this instead." },
  ...Object.fromEntries(Object.entries(REFUSALS).map(([k, text]) => [k, { ok: false, text }])),
};

/** Photos and videos of one of the clinic's exercises: a plain multipart form, so it works without JavaScript. */
export function MediaSection({ exerciseId, media, notice }: { exerciseId: string; media: ExerciseMedia[]; notice?: string }) {
  const said = notice ? NOTICES[notice] : undefined;
  return (
    <section id="media" aria-labelledby="media-heading" className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="media-heading" className="mb-2 text-lg font-semibold">Photos and videos</h2>
      {said ? (
        <p role={said.ok ? "status" : "alert"} className={`mb-3 rounded-md p-3 text-sm ${said.ok ? "bg-brand-50" : "bg-red-50 text-pain-red"}`}>
          {said.text}
        </p>
      ) : null}
      {media.length > 0 ? (
        <ul className="mb-4 grid gap-3 sm:grid-cols-2" aria-label="Attached photos and videos">
          {media.map((m) => (
            <li key={m.id} className="rounded-md border border-slate-200 p-2 text-sm">
              {m.kind === "image" ? (
                // eslint-disable-next-line @next/next/no-img-element -- served by the media route at fixed widths
                <img src={`/media/${m.id}/w320.webp`} alt={m.altText} width={m.width ?? undefined} height={m.height ?? undefined} className="h-auto w-full rounded" />
              ) : (
                <video controls preload="metadata" className="w-full rounded" aria-label={m.altText}>
                  <source src={`/media/${m.id}/video`} type={m.contentType} />
                </video>
              )}
              <p className="mt-1">{m.altText}</p>
              <form action={removeMediaAction}>
                <input type="hidden" name="mediaId" value={m.id} />
                <input type="hidden" name="exerciseId" value={exerciseId} />
                <button type="submit" className="min-h-11 text-sm font-medium text-pain-red underline">
                  Remove<span className="sr-only"> {m.altText}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-4 text-sm text-slate-600">No photos or videos yet.</p>
      )}
      <form method="post" action={`/api/exercises/${exerciseId}/media`} encType="multipart/form-data" className="flex flex-col gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Photo or video
          <input name="file" type="file" required accept="image/jpeg,image/png,image/webp,video/mp4,video/webm,video/quicktime" className="text-base" aria-describedby="media-limits" />
        </label>
        <p id="media-limits" className="text-sm text-slate-600">
          JPEG, PNG or WebP up to {IMAGE_LIMIT_BYTES / 1024 / 1024} MB; MP4, WebM or MOV up to {VIDEO_LIMIT_BYTES / 1024 / 1024} MB. Location data in photos is removed.
        </p>
        <label className="flex flex-col gap-1 text-sm font-medium">
          What it shows (read aloud to runners who cannot see it)
          <input name="alt" type="text" required maxLength={300} className="min-h-11 rounded-md border border-slate-300 px-3 py-2 text-base" />
        </label>
        <button type="submit" className="inline-flex min-h-11 items-center justify-center self-start rounded-md bg-brand-700 px-4 text-sm font-semibold text-white">
          Upload
        </button>
      </form>
    </section>
  );
}

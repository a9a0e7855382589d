import type { ExerciseMedia } from "@/lib/data/media";
import { useTranslations } from "next-intl";
import { IMAGE_LIMIT_BYTES, VIDEO_LIMIT_BYTES } from "@/lib/media/limits";
import { removeMediaAction } from "../../../actions";

/** What an upload or a removal came back with (?media=…): done, or why not. */
const NOTICES = { added: true, removed: true, alt: false, type: false, size: false, unreadable: false, empty: false } as const;
const MB = { image: IMAGE_LIMIT_BYTES / 1024 / 1024, video: VIDEO_LIMIT_BYTES / 1024 / 1024 };

/** Photos and videos of one of the clinic's exercises: a plain multipart form, so it works without JavaScript. */
export function MediaSection({ exerciseId, media, notice }: { exerciseId: string; media: ExerciseMedia[]; notice?: string }) {
  const t = useTranslations("media");
  const said = notice && notice in NOTICES ? { ok: NOTICES[notice as keyof typeof NOTICES], text: t(`notices.${notice as keyof typeof NOTICES}`, MB) } : undefined;
  return (
    <section id="media" aria-labelledby="media-heading" className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="media-heading" className="mb-2 text-lg font-semibold">
        {t("title")}
      </h2>
      {said ? (
        <p role={said.ok ? "status" : "alert"} className={`mb-3 rounded-md p-3 text-sm ${said.ok ? "bg-brand-50" : "bg-red-50 text-pain-red"}`}>
          {said.text}
        </p>
      ) : null}
      {media.length > 0 ? (
        <ul className="mb-4 grid gap-3 sm:grid-cols-2" aria-label={t("attached")}>
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
                  {t("remove")}
                  <span className="sr-only"> {m.altText}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-4 text-sm text-slate-600">{t("none")}</p>
      )}
      <form method="post" action={`/api/exercises/${exerciseId}/media`} encType="multipart/form-data" className="flex flex-col gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("file")}
          <input name="file" type="file" required accept="image/jpeg,image/png,image/webp,video/mp4,video/webm,video/quicktime" className="text-base" aria-describedby="media-limits" />
        </label>
        <p id="media-limits" className="text-sm text-slate-600">
          {t("limits", MB)}
        </p>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("shows")}
          <input name="alt" type="text" required maxLength={300} className="min-h-11 rounded-md border border-slate-300 px-3 py-2 text-base" />
        </label>
        <button type="submit" className="inline-flex min-h-11 items-center justify-center self-start rounded-md bg-brand-700 px-4 text-sm font-semibold text-white">
          {t("upload")}
        </button>
      </form>
    </section>
  );
}

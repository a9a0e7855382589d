import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { copyExerciseAction } from "../actions";
import { requireClinician } from "@/lib/auth/current-actor";
import { listExercises } from "@/lib/data/exercises";
import { exerciseInWords } from "@/lib/i18n/exercise-words";
import { type ExerciseMedia, listExerciseMedia } from "@/lib/data/media";
import { CATEGORIES, categoryLabel, doseLabel, painRuleLabel, PRESENTATIONS, presentationLabel } from "@/lib/labels";
import { illustrationSrc } from "@/lib/illustrations/src";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("library"))("title") };
}

export default async function LibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireClinician();
  const [filter, t, locale] = await Promise.all([searchParams, getTranslations("library"), getLocale()]);
  const dose = (e: { defaultSets: number; defaultReps: number | null; defaultHoldSeconds: number | null; defaultDaysPerWeek: number }) =>
    doseLabel({ sets: e.defaultSets, reps: e.defaultReps, holdSeconds: e.defaultHoldSeconds, daysPerWeek: e.defaultDaysPerWeek }, locale);
  // Searched in the reader's words: the global library's names are in their language, not the stored English.
  const query = filter.q?.trim().toLocaleLowerCase(locale) ?? "";
  const exercises = (await listExercises(actor, { category: filter.category, presentation: filter.presentation }))
    .map((e) => exerciseInWords(e, locale))
    .filter((e) => e.name.toLocaleLowerCase(locale).includes(query))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const photos = new Map((await listExerciseMedia(actor, exercises.map((e) => e.id))).filter((m) => m.kind === "image").map((m) => [m.exerciseId, m]));
  const select = "min-h-11 rounded-md border border-slate-300 bg-white px-2";
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="flex-1 text-2xl font-semibold">{t("title")}</h1>
        <Link href="/clinic/library/new" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-sm font-semibold text-white">
          {t("addCustom")}
        </Link>
      </div>
      {filter.saved ? <p role="status" className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          {t("saved")}
        </p> : null}
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search">
        <label className="flex flex-col text-sm font-medium">
          {t("search")}
          <input name="q" defaultValue={filter.q} className={select} />
        </label>
        <label className="flex flex-col text-sm font-medium">
          {t("category")}
          <select name="category" defaultValue={filter.category ?? ""} className={select}>
            <option value="">{t("all")}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c, locale)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm font-medium">
          {t("presentation")}
          <select name="presentation" defaultValue={filter.presentation ?? ""} className={select}>
            <option value="">{t("all")}</option>
            {PRESENTATIONS.map((p) => (
              <option key={p} value={p}>
                {presentationLabel(p, locale)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="min-h-11 rounded-md border border-slate-300 px-3 text-sm font-medium">
          {t("filter")}
        </button>
      </form>
      <p className="mb-2 text-sm text-slate-600">{t("count", { count: exercises.length })}</p>
      <ul className="grid gap-3 md:grid-cols-2" aria-label={t("list")}>
        {exercises.map((e) => (
          <li key={e.id} aria-label={e.name} className="grid grid-cols-[7rem_1fr] gap-3 rounded-lg border border-slate-200 bg-white p-3">
            <LibraryPicture photo={photos.get(e.id)} illustration={e.illustration && illustrationSrc(e.illustration, locale)} alt={e.illustrationAlt} />
            <div className="min-w-0">
              <p className="font-medium">
                {e.name}{" "}
                <span className="text-xs font-normal text-slate-600">
                  {categoryLabel(e.category, locale)} · {t(e.clinicId ? "yourClinic" : "global")}
                </span>
              </p>
              <p className="text-sm text-slate-700">
                {t("defaultDose", { dose: dose(e) })}
                {e.doseNotes ? `. ${e.doseNotes}` : null}
              </p>
              <details className="mt-1 text-sm">
                <summary className="min-h-11 cursor-pointer content-center text-brand-700">{t("details")}</summary>
                <p>{e.instructions}</p>
                {e.cues ? <p className="mt-1 text-slate-700">{t("cues", { cues: e.cues })}</p> : null}
                <p className="mt-1 text-slate-700">{t("painRule", { rule: painRuleLabel(e.painRule, locale) })}</p>
                <p className="mt-1 text-slate-600">{t("for", { presentations: e.presentations.map((p) => presentationLabel(p, locale)).join(", ") || t("any") })}</p>
              </details>
              {e.clinicId === actor.clinicId ? (
                <Link href={`/clinic/library/${e.id}/edit`} className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
                  {t("edit")}
                  <span className="sr-only"> {e.name}</span>
                </Link>
              ) : (
                <form action={copyExerciseAction}>
                  <input type="hidden" name="exerciseId" value={e.id} />
                  <button type="submit" className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
                    {t("copy")}
                    <span className="sr-only"> ({e.name})</span>
                  </button>
                </form>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The card's picture: the clinic's own photo, else the library's drawing, else a plain frame saying there is none. */
function LibraryPicture({ photo, illustration, alt }: { photo?: ExerciseMedia; illustration: string | null; alt: string | null }) {
  const t = useTranslations("library");
  const frame = "h-auto w-28 rounded border border-slate-200 bg-white";
  // eslint-disable-next-line @next/next/no-img-element -- the media route serves its own resized copy
  if (photo) return <img src={`/media/${photo.id}/w320.webp`} alt={photo.altText} width={112} height={photo.width && photo.height ? Math.round((112 * photo.height) / photo.width) : 84} loading="lazy" className={frame} />;
  // eslint-disable-next-line @next/next/no-img-element -- a static SVG drawing; nothing to optimise
  if (illustration) return <img src={illustration} alt={alt ?? ""} width={112} height={54} loading="lazy" className={frame} />;
  return <div className="flex h-14 w-28 items-center justify-center rounded border border-dashed border-slate-300 text-center text-xs text-slate-500">{t("noPicture")}</div>;
}

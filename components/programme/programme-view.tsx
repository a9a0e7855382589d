import { ExercisePicture } from "@/components/media/exercise-picture";
import type { Programme } from "@/lib/data/programme";
import { formatDay } from "@/lib/date-format";
import { wordsFor } from "@/lib/i18n/words";
import { doseLabel } from "@/lib/labels";
import { PrintButton } from "./print-button";

/**
 * The home programme on a page made to print: the same content as the PDF (lib/pdf/programme-document.tsx),
 * in the runner's language even when their clinician prints it (`lang` tells a screen reader so).
 */
export function ProgrammeView({ programme, pdfHref }: { programme: Programme; pdfHref: string }) {
  const { runner, contact, plan, items, rules, safety, date, locale } = programme;
  const t = wordsFor(locale, "programme");
  const day = (d: string) => formatDay(d, locale);
  return (
    <article lang={locale} className="mx-auto max-w-3xl print:max-w-none">
      <div className="no-print mb-4 flex flex-wrap gap-2">
        <PrintButton label={t("print")} />
        <a href={pdfHref} className="inline-flex min-h-11 items-center rounded-md border border-brand-700 px-4 text-sm font-semibold text-brand-900">
          {t("downloadPdf")}
        </a>
      </div>
      <h1 className="text-2xl font-semibold">{t("title", { name: runner.name })}</h1>
      <p className="text-sm text-slate-600">
        {plan ? t("planLine", { title: plan.title, version: plan.version, date: day(plan.effectiveFrom) }) : t("noPlan")} {t("printed", { date: day(date) })}
      </p>
      {plan?.goal ? <p className="text-sm text-slate-600">{t("goal", { goal: plan.goal })}</p> : null}
      <h2 className="mt-6 mb-2 text-xl font-semibold">{t("exercisesHeading")}</h2>
      {items.length === 0 ? <p>{t("noExercises")}</p> : null}
      <ol className="flex flex-col gap-4" aria-label={t("exercisesList")}>
        {items.map((item) => (
          <li key={item.prescription.id} className="break-inside-avoid border-t border-slate-300 pt-3">
            <h3 className="font-semibold">{item.exercise.name}</h3>
            <p className="font-semibold text-brand-700">{doseLabel(item.prescription, locale)}</p>
            <div className="my-2 max-w-md">
              <ExercisePicture media={item.photo ? [item.photo] : []} illustration={item.illustration} sizes="448px" />
            </div>
            <p className="text-sm">{item.exercise.instructions}</p>
            {item.exercise.cues ? <p className="text-sm text-slate-700">{t("cues", { cues: item.exercise.cues })}</p> : null}
            {item.prescription.notes ? <p className="text-sm">{t("fromPhysio", { notes: item.prescription.notes })}</p> : null}
          </li>
        ))}
      </ol>
      <section className="mt-6 break-inside-avoid" aria-labelledby="rules-heading">
        <h2 id="rules-heading" className="mb-2 text-xl font-semibold">
          {t("rulesHeading")}
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {rules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
        <h2 className="mt-4 mb-2 text-xl font-semibold">{t("contactHeading")}</h2>
        <p className="text-sm">{contact}</p>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {safety.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SummaryView } from "@/components/outcomes/summary-view";
import { requireClinician } from "@/lib/auth/current-actor";
import { getEpisodes } from "@/lib/data/episodes";
import { isNotFound } from "@/lib/errors";
import { formatDay } from "@/lib/date-format";
import { summaryLines } from "@/lib/outcomes/summary-lines";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dischargeSummary"))("title") };
}

type Props = { params: Promise<{ runnerId: string }>; searchParams: Promise<Record<string, string | undefined>> };

/** The latest discharge summary of a runner in the clinician's care, with its PDF; earlier episodes listed below. */
export default async function SummaryPage({ params, searchParams }: Props) {
  const actor = await requireClinician();
  const { runnerId } = await params;
  const [query, t, locale] = await Promise.all([searchParams, getTranslations("dischargeSummary"), getLocale()]);
  const all = await getEpisodes(actor, runnerId).catch((error) => (isNotFound(error) ? null : Promise.reject(error)));
  if (!all || all.length === 0) notFound();
  const chosen = all.find((e) => e.id === query.episode) ?? all[0]!;
  return (
    <>
      <Link href={`/clinic/runners/${runnerId}`} className="mb-3 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
        {t("back", { name: chosen.body.runner.name })}
      </Link>
      {query.saved === "discharged" ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          {t("discharged")}
        </p>
      ) : null}
      <SummaryView {...summaryLines(chosen.body, locale)} />
      {chosen === all[0] ? (
        <a href={`/export/runners/${runnerId}/discharge-summary.pdf`} className="inline-flex min-h-11 items-center rounded-md border border-brand-700 px-4 text-sm font-semibold text-brand-900">
          {t("download")}
        </a>
      ) : null}
      {all.length > 1 ? (
        <nav aria-label={t("episodes")} className="mt-4 text-sm">
          <h2 className="font-semibold">{t("every")}</h2>
          <ul>
            {all.map((e) => (
              <li key={e.id}>
                <Link href={`/clinic/runners/${runnerId}/summary?episode=${e.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
                  {t("episode", { from: formatDay(e.startedOn, locale), to: formatDay(e.dischargedOn, locale) })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </>
  );
}

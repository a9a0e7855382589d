import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { requireClinician } from "@/lib/auth/current-actor";
import { outcomeEpisodes } from "@/lib/data/outcomes";
import { formatDay } from "@/lib/date-format";
import { figureSchema, groupSchema, outcomeFiltersSchema } from "@/lib/validation/outcomes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outcomes"))("episodesTitle") };
}

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** The runners behind one figure of the outcomes page: only those the clinician may see are named. */
export default async function OutcomeEpisodesPage({ searchParams }: Props) {
  const actor = await requireClinician();
  const [query, t, locale] = await Promise.all([searchParams, getTranslations("outcomes"), getLocale()]);
  const filters = outcomeFiltersSchema.parse(query);
  const group = groupSchema.safeParse(query);
  const figure = figureSchema.parse(query.figure);
  const back = (
    <Link href="/clinic/outcomes" className="mb-3 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
      {t("back")}
    </Link>
  );
  if (!group.success) {
    return (
      <>
        {back}
        <p role="status">{t("badGroup")}</p>
      </>
    );
  }
  const { episodes, others } = await outcomeEpisodes(actor, filters, group.data, figure);
  return (
    <>
      {back}
      <h1 className="mb-3 text-2xl font-semibold">{t("episodesOf", { figure: t(`figures.${figure}`) })}</h1>
      {episodes.length ? (
        <ul className="mb-3 text-sm">
          {episodes.map((e) => (
            <li key={e.id}>
              <Link href={`/clinic/runners/${e.runnerId}/summary?episode=${e.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
                {t("episode", { name: e.name ?? "", from: formatDay(e.startedOn, locale), to: formatDay(e.dischargedOn, locale) })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="text-sm text-slate-600">
        {others ? t("others", { count: others }) : episodes.length ? null : t("noneYours")}
      </p>
    </>
  );
}

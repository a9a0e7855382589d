import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/programme/export-links";
import { RecoveryCharts } from "@/components/recovery/recovery-charts";
import { requireRunner } from "@/lib/auth/current-actor";
import { parseRange } from "@/lib/rules/chart-range";
import { getLadder } from "@/lib/data/ladder";
import { LadderProgress } from "@/components/progression/ladder-progress";
import { Card } from "@/components/ui/card";
import { MeasuresCard } from "@/components/measures/measures-card";
import { getEpisodes } from "@/lib/data/episodes";
import { getMeasures } from "@/lib/data/measures";
import { formatDay } from "@/lib/date-format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("progress"))("title") };
}

export default async function ProgressPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireRunner();
  const params = await searchParams;
  const [ladder, measures, t, locale] = await Promise.all([getLadder(actor, actor.id), getMeasures(actor, actor.id), getTranslations("progress"), getLocale()]);
  // Only a discharged runner has a summary to offer: the page a runner opens daily does not look for one.
  const [episode] = measures.dischargedOn ? await getEpisodes(actor, actor.id) : [];
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t("title")}</h1>
      {params.lefs ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          {t("lefsSaved", { total: Number(params.lefs) })}
        </p>
      ) : null}
      {params.measure ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          {t("measureSaved")}
        </p>
      ) : null}
      {episode ? (
        <Card title={t("dischargeTitle")} className="mb-4">
          <p className="text-sm">
            {t("dischargeCare", { from: formatDay(episode.startedOn, locale), to: formatDay(episode.dischargedOn, locale) })}
          </p>
          <a href={`/export/runners/${actor.id}/discharge-summary.pdf`} className="mt-1 inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline">
            {t("dischargeDownload")}
          </a>
        </Card>
      ) : null}
      <MeasuresCard measures={measures} />
      {ladder ? (
        <Card title={t("ladderTitle")} className="mb-4">
          <LadderProgress ladder={ladder} />
        </Card>
      ) : null}
      <RecoveryCharts actor={actor} runnerId={actor.id} range={parseRange(params.range)} exerciseId={params.exercise} table={params.table} path="/progress" />
      <ExportLinks runnerId={actor.id} programmeHref="/programme" />
    </>
  );
}

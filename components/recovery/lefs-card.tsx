import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { dayMs } from "@/components/charts/colors";
import { LefsChart } from "@/components/charts/lefs-chart";
import { getLefs } from "@/lib/data/lefs";
import { formatDay } from "@/lib/date-format";
import { say } from "@/lib/i18n/say";
import { timingWords } from "@/lib/outcomes/timing-words";
import { LEFS_MAX, LEFS_MDC, lefsSummary } from "@/lib/rules/lefs";
import { ChartCard, DataTable } from "./chart-card";
import type { ChartView } from "./chart-view";

/** Function beside pain: every LEFS filled (they are few, so the range does not apply), with the MDC band. */
export async function LefsCard({ view }: { view: ChartView }) {
  const [lefs, t, locale] = await Promise.all([getLefs(view.actor, view.runnerId), getTranslations("charts"), getLocale()]);
  const scores = lefs.responses.map((r) => ({ date: r.date, total: r.total, t: dayMs(r.date) }));
  const runnerSees = view.actor.role === "runner";
  const schedule = lefs.schedule ? t("asked", { timing: timingWords(lefs.schedule, locale), next: lefs.nextDue ? formatDay(lefs.nextDue, locale) : "none" }) : t("notScheduled");
  return (
    <ChartCard
      name="lefs"
      view={view}
      title={t("lefsTitle")}
      summary={`${say(locale, lefsSummary(scores))} ${schedule}`}
      chart={
        <>
          {scores.length > 0 ? <LefsChart scores={scores} /> : null}
          {runnerSees && !lefs.schedule && scores.length === 0 ? null : runnerSees ? (
            <Link href="/lefs" className="mt-3 inline-flex min-h-11 items-center rounded-md border border-brand-700 px-4 text-sm font-semibold text-brand-900">
              {t(lefs.due ? "fillDue" : "fill")}
            </Link>
          ) : null}
        </>
      }
      table={
        scores.length > 0
          ? () => (
              <DataTable
                caption={t("lefsCaption", { max: LEFS_MAX, mdc: LEFS_MDC })}
                head={[t("date"), t("total", { max: LEFS_MAX }), t("changeFromFirst")]}
                rows={scores.map((s) => [formatDay(s.date, locale), s.total, s === scores[0] ? t("baseline") : `${s.total - scores[0]!.total > 0 ? "+" : ""}${s.total - scores[0]!.total}`])}
              />
            )
          : undefined
      }
    />
  );
}

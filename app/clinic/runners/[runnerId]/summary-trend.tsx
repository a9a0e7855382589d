import { useLocale, useTranslations } from "next-intl";
import { Sparkline } from "@/components/sparkline";
import { formatUpTo } from "@/lib/number-format";
import type { HistoryEntry } from "@/lib/data/history";
import type { CaseloadRow } from "@/lib/data/roster";
import { painBands } from "@/lib/rules/thresholds";
import { type DistanceUnit, formatDistance } from "@/lib/units";

/** Pain and load at a glance: the 4-week worst-pain line with its two 14-day means, and the last 14 days' load. */
export function SummaryTrend({ status, recent, name, unit }: { status: CaseloadRow; recent: HistoryEntry[]; name: string; unit: DistanceUnit }) {
  const t = useTranslations("summary");
  const caseload = useTranslations("caseload");
  const locale = useLocale();
  const runs = recent.flatMap((e) => (e.type === "session" && e.log.kind === "run" ? [e.log] : []));
  const sessions = recent.filter((e) => e.type === "session" && e.log.kind !== "run").length;
  const mornings = recent.flatMap((e) => (e.type === "checkin" ? [e.checkin.pain] : []));
  const km = runs.reduce((sum, r) => sum + Number(r.distanceKm ?? 0), 0);
  return (
    <section aria-labelledby="trend-heading" className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-3">
        <h2 id="trend-heading" className="text-lg font-semibold">
          {t("trend")}
        </h2>
        <a href="#recovery" className="inline-flex min-h-9 items-center text-sm font-medium text-brand-700 underline">
          {t("charts")}
        </a>
      </div>
      <Sparkline values={status.sparkline} label={caseload("sparkline", { name })} bands={painBands(status.rules).during} width={260} height={44} />
      <p className="mt-1 text-xs text-slate-600">{t("sparkline")}</p>
      <dl className="mt-2 grid grid-cols-3 gap-2 text-sm" aria-label={t("last14")}>
        <div>
          <dt className="text-xs text-slate-600">{t("runs")}</dt>
          <dd className="font-semibold tabular-nums">
            {runs.length} ({formatDistance(km, unit, locale, 1)})
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">{t("sessions")}</dt>
          <dd className="font-semibold tabular-nums">{sessions}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">{t("morning")}</dt>
          <dd className="font-semibold tabular-nums">{mornings.length ? t("mean", { mean: formatUpTo(mornings.reduce((a, b) => a + b, 0) / mornings.length, 1, locale) }) : t("noneLogged")}</dd>
        </div>
      </dl>
    </section>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { say } from "@/lib/i18n/say";
import { RunningChart } from "@/components/charts/running-chart";
import { getPainRules } from "@/lib/data/pain-rules";
import { getRunningBlocks } from "@/lib/data/recovery";
import { formatDay } from "@/lib/date-format";
import type { LoadRatio } from "@/lib/rules/load";
import { runningSummary } from "@/lib/rules/summaries";
import { ChartCard, DataTable } from "./chart-card";
import type { ChartView } from "./chart-view";
import { getDistanceUnit } from "@/lib/data/preferences";
import { inUnitRounded } from "@/lib/units";
import { formatFixed } from "@/lib/number-format";


export async function RunningCard({ view }: { view: ChartView }) {
  const { actor, runnerId, range } = view;
  const [blocks, rules, { unit }, t, locale] = await Promise.all([getRunningBlocks(actor, runnerId, range), getPainRules(actor, runnerId), getDistanceUnit(actor), getTranslations("charts"), getLocale()]);
  const ratioCell = (r: LoadRatio) => (r.kind === "ratio" ? formatFixed(r.value, 2, locale) : r.kind === "break" ? t("break") : t("none"));
  const { loadRatioLow, loadRatioHigh } = rules.effective;
  return (
    <ChartCard
      name="running"
      view={view}
      title={t("runningTitle")}
      summary={say(locale, runningSummary(blocks, rules.effective, unit))}
      chart={<RunningChart blocks={blocks.map((b) => ({ end: b.end, distance: inUnitRounded(b.distanceKm, unit), ratio: b.ratio.kind === "ratio" ? b.ratio.value : null }))} band={{ low: loadRatioLow, high: loadRatioHigh }} unit={unit} />}
      table={() => (
        <DataTable
          caption={t("runningCaption")}
          head={[t("sevenDaysTo"), t("runs"), t("distance", { unit }), t("load"), t("ratio")]}
          rows={blocks.map((b) => [formatDay(b.end, locale), b.runs, inUnitRounded(b.distanceKm, unit), b.load, ratioCell(b.ratio)])}
        />
      )}
    />
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { say } from "@/lib/i18n/say";
import { dayMs } from "@/components/charts/colors";
import { PainChart, type PainChartPoint } from "@/components/charts/pain-chart";
import { getPainRules } from "@/lib/data/pain-rules";
import { getPainOverview } from "@/lib/data/recovery";
import { formatDay } from "@/lib/date-format";
import { painBands } from "@/lib/rules/thresholds";
import { ChartCard, DataTable } from "./chart-card";
import type { ChartView } from "./chart-view";
import { lightLabel } from "./light-label";


export async function PainCard({ view }: { view: ChartView }) {
  const { actor, runnerId, range } = view;
  const [{ summary, points: drawn }, rules, t, locale] = await Promise.all([getPainOverview(actor, runnerId, range), getPainRules(actor, runnerId), getTranslations("charts"), getLocale()]);
  const day = (d: string) => formatDay(d, locale);
  const bands = painBands(rules.effective).during;
  if (drawn.kind === "weeks") {
    const { weeks } = drawn;
    const points: PainChartPoint[] = weeks.map((w) => ({ t: dayMs(w.end), date: w.end, label: t("worstOf", { sessions: w.sessions }), during: w.during, after: w.after, morning: w.morning, light: w.light }));
    return (
      <ChartCard
        name="pain"
        view={view}
        title={t("painTitle")}
        summary={`${say(locale, summary)} ${t("weekly")}`}
        chart={<PainChart points={points} bands={bands} />}
        table={() => (
          <DataTable
            caption={t("weeksCaption")}
            head={[t("sevenDaysTo"), t("sessions"), t("worstDuring"), t("worstAfter"), t("worstMorning"), t("worstLight")]}
            rows={weeks.map((w) => [day(w.end), w.sessions, w.during, w.after, w.morning ?? t("none"), lightLabel({ light: w.light }, locale)])}
          />
        )}
      />
    );
  }
  const series = drawn.sessions;
  const points: PainChartPoint[] = series.map((s) => ({
    t: dayMs(s.date),
    date: s.date,
    label: t(s.kind === "run" ? "run" : "exercises"),
    during: s.painDuring,
    after: s.painAfter,
    morning: s.nextMorning,
    light: s.verdict.light,
  }));
  return (
    <ChartCard
      name="pain"
      view={view}
      title={t("painTitle")}
      summary={say(locale, summary)}
      chart={<PainChart points={points} bands={bands} />}
      table={() => (
        <DataTable
          caption={t("sessionsCaption")}
          head={[t("date"), t("session"), t("during"), t("after"), t("morning"), t("lightHead")]}
          rows={series.map((s, i) => [day(s.date), points[i]!.label, s.painDuring, s.painAfter, s.nextMorning ?? t("none"), lightLabel(s.verdict, locale)])}
        />
      )}
    />
  );
}

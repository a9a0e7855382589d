import { useLocale, useTranslations } from "next-intl";
import { LEFS_MAX, LEFS_MDC } from "@/lib/rules/lefs";
import { dayTick, seriesColor } from "./colors";
import { Band, Dots, GridY, LabelsX, Plot, Polyline, scaleX, scaleY, spread } from "./plot";

const HEIGHT = 200;

/**
 * LEFS totals over time (0-80, higher is better) with the minimal detectable change drawn as a band
 * around the first score: a point outside the band is a real change, one inside is measurement noise.
 */
export function LefsChart({ scores }: { scores: { t: number; total: number }[] }) {
  const t = useTranslations("charts");
  const locale = useLocale();
  const x = scaleX(scores[0]?.t ?? 0, scores.at(-1)?.t ?? 0);
  const y = scaleY(HEIGHT, LEFS_MAX);
  const baseline = scores[0]?.total ?? 0;
  return (
    <div data-chart="lefs">
      <Plot
        height={HEIGHT}
        label={t("lefsLabel", { count: scores.length, mdc: LEFS_MDC })}
        legend={[
          { name: t("lefsTotal"), color: seriesColor.during },
          { name: t("lefsBand", { mdc: LEFS_MDC }), color: "#94a3b8", kind: "box" },
        ]}
      >
        <Band y={y} from={Math.max(0, baseline - LEFS_MDC)} to={Math.min(LEFS_MAX, baseline + LEFS_MDC)} fill="#94a3b8" opacity={0.18} />
        <GridY y={y} ticks={[0, 20, 40, 60, 80]} />
        <LabelsX height={HEIGHT} items={spread(scores.length).map((i) => ({ x: x(scores[i]!.t), text: dayTick(scores[i]!.t, locale) }))} />
        <Polyline height={HEIGHT} points={scores.map((s) => [x(s.t), y(s.total)])} stroke={seriesColor.during} />
        <Dots className="lefs-point" points={scores.map((s) => [x(s.t), y(s.total)])} r={4} fill={seriesColor.during} stroke="white" />
      </Plot>
    </div>
  );
}

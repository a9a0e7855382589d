import { useLocale, useTranslations } from "next-intl";
import { Band, Dots, GridY, LabelsX, Plot, Polyline, scaleX, scaleY, spread } from "./plot";
import { dayTick, lightColor, seriesColor } from "./colors";

const HEIGHT = 192;

/** Pain during one exercise, each time it was done (on long ranges, each week's worst). */
export function ExercisePainChart({ points, bands }: { points: { t: number; pain: number }[]; bands: { amberAbove: number; redAbove: number } }) {
  const t = useTranslations("charts");
  const locale = useLocale();
  const x = scaleX(points[0]?.t ?? 0, points.at(-1)?.t ?? 0);
  const y = scaleY(HEIGHT, 10);
  return (
    <div data-chart="exercise-pain">
      <Plot height={HEIGHT} label={t("exerciseLabel", { count: points.length })} legend={[{ name: t("painDuring"), color: seriesColor.during }]}>
        <Band y={y} from={0} to={bands.amberAbove} fill={lightColor.green} opacity={0.08} />
        <Band y={y} from={bands.amberAbove} to={bands.redAbove} fill={lightColor.amber} opacity={0.08} />
        <GridY y={y} ticks={[0, bands.amberAbove, bands.redAbove, 10]} />
        <LabelsX height={HEIGHT} items={spread(points.length).map((i) => ({ x: x(points[i]!.t), text: dayTick(points[i]!.t, locale) }))} />
        <Polyline height={HEIGHT} points={points.map((p) => [x(p.t), y(p.pain)])} stroke={seriesColor.during} width={2} />
        <Dots points={points.map((p) => [x(p.t), y(p.pain)])} r={3} fill={seriesColor.during} />
      </Plot>
    </div>
  );
}

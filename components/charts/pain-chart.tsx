import { useLocale, useTranslations } from "next-intl";
import { Band, Dots, GridY, LabelsX, Plot, Polyline, scaleX, scaleY, spread } from "./plot";
import { dayTick, lightColor, seriesColor } from "./colors";

export interface PainChartPoint {
  t: number;
  date: string;
  /** What the point is: "Run", "Exercises", or a week of sessions ("3 sessions"). */
  label: string;
  during: number;
  after: number;
  morning: number | null;
  light: "green" | "amber" | "red";
}

const HEIGHT = 256;

/**
 * Pain over time: during, after and next morning, with the runner's own bands for pain during shaded and
 * each point (on the "during" line) coloured by its traffic light. A point is a session, or on long ranges
 * a week's worst.
 */
export function PainChart({ points, bands }: { points: PainChartPoint[]; bands: { amberAbove: number; redAbove: number } }) {
  const t = useTranslations("charts");
  const locale = useLocale();
  const x = scaleX(points[0]?.t ?? 0, points.at(-1)?.t ?? 0);
  const y = scaleY(HEIGHT, 10);
  const at = (value: number | null, p: PainChartPoint): [number, number] | null => (value == null ? null : [x(p.t), y(value)]);
  return (
    <div data-chart="pain">
      <Plot
        height={HEIGHT}
        label={t("painLabel", { count: points.length })}
        legend={[
          { name: t("during"), color: seriesColor.during },
          { name: t("after"), color: seriesColor.after, dashed: true },
          { name: t("morning"), color: seriesColor.morning },
        ]}
      >
        <Band y={y} from={0} to={bands.amberAbove} fill={lightColor.green} opacity={0.08} />
        <Band y={y} from={bands.amberAbove} to={bands.redAbove} fill={lightColor.amber} opacity={0.08} />
        <Band y={y} from={bands.redAbove} to={10} fill={lightColor.red} opacity={0.06} />
        <GridY y={y} ticks={[0, bands.amberAbove, bands.redAbove, 10]} />
        <LabelsX height={HEIGHT} items={spread(points.length).map((i) => ({ x: x(points[i]!.t), text: dayTick(points[i]!.t, locale) }))} />
        <Polyline height={HEIGHT} points={points.map((p) => at(p.after, p))} stroke={seriesColor.after} dashed />
        <Polyline height={HEIGHT} points={points.filter((p) => p.morning != null).map((p) => at(p.morning, p))} stroke={seriesColor.morning} />
        <Polyline height={HEIGHT} points={points.map((p) => at(p.during, p))} stroke={seriesColor.during} />
        {(["green", "amber", "red"] as const).map((light) => (
          <Dots key={light} className="session-point" points={points.filter((p) => p.light === light).map((p) => [x(p.t), y(p.during)])} r={4} fill={lightColor[light]} stroke="white" />
        ))}
      </Plot>
    </div>
  );
}

import { useLocale, useTranslations } from "next-intl";
import { Bars, GridY, LabelsX, niceMax, Plot, Polyline, scaleX, scaleY, spread } from "./plot";
import { formatShortDate } from "@/lib/date-format";
import { formatFixed, formatUpTo } from "@/lib/number-format";
import { lightColor, seriesColor } from "./colors";
import type { DistanceUnit } from "@/lib/units";

const HEIGHT = 224;

/**
 * Distance per rolling 7 days as bars, the acute:chronic load ratio as a line over the runner's target band.
 * The ratio axis grows with the data: a ratio of 3 must show as 3, not be clipped.
 */
export function RunningChart({ blocks, band, unit }: { blocks: { end: string; distance: number; ratio: number | null }[]; band: { low: number; high: number }; unit: DistanceUnit }) {
  const t = useTranslations("charts");
  const locale = useLocale();
  const kmTop = niceMax(Math.max(...blocks.map((b) => b.distance), 1));
  const km = scaleY(HEIGHT, kmTop);
  const ratioTop = Math.ceil(Math.max(band.high, ...blocks.map((b) => b.ratio ?? 0)) * 2) / 2;
  const ratio = scaleY(HEIGHT, ratioTop);
  const slot = 89 / Math.max(1, blocks.length);
  const centre = scaleX(0, Math.max(1, blocks.length - 1), { left: 7 + slot / 2, right: 4 + slot / 2 });
  return (
    <div data-chart="running">
      <Plot
        height={HEIGHT}
        label={t("runningLabel", { count: blocks.length })}
        legend={[
          { name: t("distance", { unit }), color: seriesColor.bars, kind: "box" },
          { name: t("ratio"), color: seriesColor.ratio },
          { name: t("band"), color: lightColor.green, kind: "box" },
        ]}
      >
        <rect x="0" width="100%" y={ratio(band.high)} height={ratio(band.low) - ratio(band.high)} fill={lightColor.green} fillOpacity={0.1} />
        <GridY y={km} ticks={[0, kmTop / 2, kmTop]} format={(v) => formatUpTo(v, 2, locale)} />
        <GridY y={ratio} ticks={[band.low, band.high]} side="right" format={(v) => formatFixed(v, 1, locale)} />
        <Bars height={HEIGHT} fill={seriesColor.bars} bars={blocks.map((b, i) => ({ x: centre(i) - slot * 0.3, width: slot * 0.6, top: km(b.distance), bottom: km(0) }))} />
        <Polyline height={HEIGHT} points={blocks.map((b, i) => (b.ratio == null ? null : [centre(i), ratio(b.ratio)]))} stroke={seriesColor.ratio} width={2} />
        <LabelsX height={HEIGHT} items={spread(blocks.length).map((i) => ({ x: centre(i), text: formatShortDate(blocks[i]!.end, locale) }))} />
      </Plot>
    </div>
  );
}

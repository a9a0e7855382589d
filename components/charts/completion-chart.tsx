import { useLocale, useTranslations } from "next-intl";
import { Bars, GridY, LabelsX, Plot, pct, scaleX, scaleY, spread } from "./plot";
import { formatShortDate } from "@/lib/date-format";
import { seriesColor } from "./colors";

const HEIGHT = 224;

/** Exercises done against prescribed per rolling 7 days (labelled by the block's last day), with plan changes marked. */
export function CompletionChart({ blocks, changes }: { blocks: { end: string; done: number; prescribed: number }[]; changes: { end: string; label: string }[] }) {
  const t = useTranslations("charts");
  const locale = useLocale();
  const top = Math.max(1, ...blocks.flatMap((b) => [b.done, b.prescribed]));
  const y = scaleY(HEIGHT, top);
  // Each block gets an equal slot; its two bars share the middle 70 % of it.
  const slot = 89 / Math.max(1, blocks.length);
  const left = (i: number) => 7 + i * slot;
  const bar = slot * 0.35;
  const centre = scaleX(0, Math.max(1, blocks.length - 1), { left: 7 + slot / 2, right: 4 + slot / 2 });
  return (
    <div data-chart="completion">
      <Plot
        height={HEIGHT}
        label={t("completionLabel", { count: blocks.length })}
        legend={[
          { name: t("prescribed"), color: "#cbd5e1", kind: "box" },
          { name: t("done"), color: seriesColor.during, kind: "box" },
        ]}
      >
        <GridY y={y} ticks={[0, Math.round(top / 2), top]} />
        <Bars height={HEIGHT} fill="#cbd5e1" bars={blocks.map((b, i) => ({ x: left(i) + slot * 0.15, width: bar, top: y(b.prescribed), bottom: y(0) }))} />
        <Bars height={HEIGHT} fill={seriesColor.during} bars={blocks.map((b, i) => ({ x: left(i) + slot * 0.5, width: bar, top: y(b.done), bottom: y(0) }))} />
        {changes.map((c) => {
          const i = blocks.findIndex((b) => b.end === c.end);
          if (i < 0) return null;
          return (
            <g key={c.end + c.label} className="text-amber-800">
              <line x1={pct(centre(i))} x2={pct(centre(i))} y1={4} y2={y(0)} stroke={seriesColor.morning} strokeDasharray="4 2" />
              <text x={pct(centre(i))} y={10} textAnchor="middle">
                {c.label}
              </text>
            </g>
          );
        })}
        <LabelsX height={HEIGHT} items={spread(blocks.length).map((i) => ({ x: centre(i), text: formatShortDate(blocks[i]!.end, locale) }))} />
      </Plot>
    </div>
  );
}

import { useLocale, useTranslations } from "next-intl";
import { formatUpTo } from "@/lib/number-format";

/**
 * A 4-week pain sparkline as plain SVG: rendered on the server, no chart library sent to the browser.
 * The dashed lines are the runner's own amber and red limits for pain during. The two bold segments are
 * the means of the two 14-day windows the "worsening" rule compares, so a runner whose pain is rising
 * reads as rising even when single days scatter. The scale stops at the highest value (at least 6), not
 * at 10, so a rise of two points is visible at this size.
 */
export function Sparkline({
  values,
  label,
  bands,
  width = 112,
  height = 32,
}: {
  values: (number | null)[];
  label: string;
  bands: { amberAbove: number; redAbove: number };
  width?: number;
  height?: number;
}) {
  const w = width;
  const h = height;
  const top = Math.min(10, Math.max(6, ...values.map((v) => (v ?? 0) + 1)));
  const step = values.length > 1 ? w / (values.length - 1) : w;
  const y = (v: number) => Math.round((h - 2 - (v / top) * (h - 4)) * 10) / 10;
  const x = (i: number) => Math.round(i * step * 10) / 10;
  const path = values
    .map((v, i) => (v == null ? null : `${x(i)},${y(v)}`))
    .reduce<string[]>((segments, point, i, all) => {
      if (point == null) return segments;
      segments.push(`${all[i - 1] == null ? "M" : "L"}${point}`);
      return segments;
    }, [])
    .join(" ");
  const half = Math.floor(values.length / 2);
  const [before, recent] = [windowMean(values.slice(0, half)), windowMean(values.slice(half))];
  const rising = before != null && recent != null && recent > before;
  const limit = (v: number, colour: string) => (v < top ? <line x1={0} x2={w} y1={y(v)} y2={y(v)} stroke={colour} strokeDasharray="2 2" /> : null);
  const t = useTranslations("caseload");
  const locale = useLocale();
  const mean = (v: number | null) => t("mean", { value: v == null ? "none" : formatUpTo(v, 1, locale) });
  const means = before == null && recent == null ? t("meansNone") : t("means", { before: mean(before), recent: mean(recent) });
  return (
    <svg role="img" aria-label={`${label}${means}`} width={w} height={h} viewBox={`0 0 ${w} ${h}`} className="overflow-visible">
      {limit(bands.amberAbove, "#cbd5e1")}
      {limit(bands.redAbove, "#fca5a5")}
      <path d={path} fill="none" stroke="#94a3b8" strokeWidth={1} />
      {before != null ? <line x1={0} x2={x(half - 1)} y1={y(before)} y2={y(before)} stroke="#17624f" strokeWidth={2.5} /> : null}
      {recent != null ? <line x1={x(half)} x2={w} y1={y(recent)} y2={y(recent)} stroke={rising ? "#c0362c" : "#17624f"} strokeWidth={2.5} /> : null}
    </svg>
  );
}

function windowMean(values: (number | null)[]) {
  const known = values.filter((v): v is number => v != null);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
}

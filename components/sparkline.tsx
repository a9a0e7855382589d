/** A 4-week pain sparkline as plain SVG: rendered on the server, no chart library sent to the browser. */
export function Sparkline({ values, label }: { values: (number | null)[]; label: string }) {
  const w = 112;
  const h = 28;
  const step = values.length > 1 ? w / (values.length - 1) : w;
  const y = (v: number) => h - 2 - (v / 10) * (h - 4);
  const path = values
    .map((v, i) => (v == null ? null : `${i * step},${y(v)}`))
    .reduce<string[]>((segments, point, i, all) => {
      if (point == null) return segments;
      segments.push(`${all[i - 1] == null ? "M" : "L"}${point}`);
      return segments;
    }, [])
    .join(" ");
  return (
    <svg role="img" aria-label={label} width={w} height={h} viewBox={`0 0 ${w} ${h}`} className="overflow-visible">
      <line x1={0} x2={w} y1={y(2)} y2={y(2)} stroke="#cbd5e1" strokeDasharray="2 2" />
      <line x1={0} x2={w} y1={y(5)} y2={y(5)} stroke="#fca5a5" strokeDasharray="2 2" />
      <path d={path} fill="none" stroke="#17624f" strokeWidth={1.5} />
    </svg>
  );
}

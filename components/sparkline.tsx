/**
 * A 4-week pain sparkline as plain SVG: rendered on the server, no chart library sent to the browser. The
 * dashed lines are the runner's own amber and red limits for pain during.
 */
export function Sparkline({ values, label, bands }: { values: (number | null)[]; label: string; bands: { amberAbove: number; redAbove: number } }) {
  const w = 112;
  const h = 28;
  const step = values.length > 1 ? w / (values.length - 1) : w;
  const y = (v: number) => h - 2 - (v / 10) * (h - 4);
  const path = values
    .map((v, i) => (v == null ? null : `${Math.round(i * step * 10) / 10},${Math.round(y(v) * 10) / 10}`))
    .reduce<string[]>((segments, point, i, all) => {
      if (point == null) return segments;
      segments.push(`${all[i - 1] == null ? "M" : "L"}${point}`);
      return segments;
    }, [])
    .join(" ");
  return (
    <svg role="img" aria-label={label} width={w} height={h} viewBox={`0 0 ${w} ${h}`} className="overflow-visible">
      <line x1={0} x2={w} y1={y(bands.amberAbove)} y2={y(bands.amberAbove)} stroke="#cbd5e1" strokeDasharray="2 2" />
      <line x1={0} x2={w} y1={y(bands.redAbove)} y2={y(bands.redAbove)} stroke="#fca5a5" strokeDasharray="2 2" />
      <path d={path} fill="none" stroke="#17624f" strokeWidth={1.5} />
    </svg>
  );
}

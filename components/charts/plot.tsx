/*
 * The pieces every recovery chart is drawn with, on the server, as plain SVG: no chart library reaches the
 * phone, nothing hydrates, and a chart has its final height from the first byte, so nothing shifts.
 * Horizontal positions are percentages of the width (the SVG fills its card at any size) and vertical ones
 * pixels of a fixed height, so text stays legible and dots stay round from a 360 px phone to a desktop.
 * Each chart keeps a "show as table" alternative (chart-card.tsx) with every value.
 */

export const PAD = { top: 12, bottom: 22 };
/** Percent of the width kept clear at each side, for the axis labels inside the plot. */
const INSET = { left: 7, right: 4 };

export type X = (value: number) => number;
export type Y = (value: number) => number;

export const pct = (n: number) => `${Math.round(n * 100) / 100}%`;

/** A value's horizontal position, in percent, over [min, max]; a single value sits in the middle. */
export function scaleX(min: number, max: number, inset: { left: number; right: number } = INSET): X {
  const span = 100 - inset.left - inset.right;
  return (v) => inset.left + (max === min ? span / 2 : ((v - min) / (max - min)) * span);
}

/** A value's vertical position, in pixels, over [0, max] on a chart `height` pixels tall. */
export function scaleY(height: number, max: number): Y {
  const bottom = height - PAD.bottom;
  return (v) => Math.round((bottom - (Math.min(Math.max(v, 0), max) / (max || 1)) * (bottom - PAD.top)) * 10) / 10;
}

/** A round top for an axis: 1, 2 or 5 times a power of ten, at least `value`. */
export function niceMax(value: number) {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((m) => m * power >= value) ?? 10) * power;
}

/** At most `count` indexes spread evenly over `length` items, always the first and the last. */
export function spread(length: number, count = 5): number[] {
  if (length <= count) return Array.from({ length }, (_, i) => i);
  return [...new Set(Array.from({ length: count }, (_, i) => Math.round((i * (length - 1)) / (count - 1))))];
}

export function Plot({ height, label, legend, children }: { height: number; label: string; legend?: { name: string; color: string; dashed?: boolean; kind?: "line" | "box" }[]; children: React.ReactNode }) {
  return (
    <figure className="w-full">
      <svg width="100%" height={height} role="img" aria-label={label} className="block overflow-visible text-[11px]" fill="currentColor">
        {children}
      </svg>
      {legend ? (
        <figcaption>
          <ul className="mt-1 flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-slate-700">
            {legend.map((item) => (
              <li key={item.name} className="inline-flex items-center gap-1.5">
                <svg width="16" height="10" aria-hidden>
                  {item.kind === "box" ? (
                    <rect x="2" y="1" width="12" height="8" fill={item.color} />
                  ) : (
                    <line x1="0" x2="16" y1="5" y2="5" stroke={item.color} strokeWidth="2" strokeDasharray={item.dashed ? "4 2" : undefined} />
                  )}
                </svg>
                {item.name}
              </li>
            ))}
          </ul>
        </figcaption>
      ) : null}
    </figure>
  );
}

/** A horizontal band across the plot, between two values. */
export function Band({ y, from, to, fill, opacity }: { y: Y; from: number; to: number; fill: string; opacity: number }) {
  const top = y(to);
  return <rect x="0" width="100%" y={top} height={Math.max(0, y(from) - top)} fill={fill} fillOpacity={opacity} />;
}

/** Grid lines with their values, written inside the plot at the left (or right) edge. */
export function GridY({ y, ticks, side = "left", format = String }: { y: Y; ticks: number[]; side?: "left" | "right"; format?: (v: number) => string }) {
  return (
    <g className="text-slate-500">
      {ticks.map((t) => (
        <g key={t}>
          {side === "left" ? <line x1="0" x2="100%" y1={y(t)} y2={y(t)} stroke="#e2e8f0" strokeDasharray="3 3" /> : null}
          <text x={side === "left" ? 0 : "100%"} y={y(t) - 2} textAnchor={side === "left" ? "start" : "end"}>
            {format(t)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Labels under the plot; the first and the last keep inside the edges. */
export function LabelsX({ height, items }: { height: number; items: { x: number; text: string }[] }) {
  return (
    <g className="text-slate-600">
      {items.map((item, i) => (
        <text key={`${item.x}-${item.text}`} x={pct(item.x)} y={height - 6} textAnchor={items.length > 1 && i === 0 ? "start" : items.length > 1 && i === items.length - 1 ? "end" : "middle"}>
          {item.text}
        </text>
      ))}
    </g>
  );
}

/**
 * A line through points (x in percent, y in pixels), broken where a value is missing: one path in a layer
 * stretched to the plot's width, its stroke kept even by non-scaling-stroke.
 */
export function Polyline({ height, points, stroke, width = 1.5, dashed = false }: { height: number; points: ([number, number] | null)[]; stroke: string; width?: number; dashed?: boolean }) {
  const round = (n: number) => Math.round(n * 10) / 10;
  const d = points.map((p, i) => (p ? `${points[i - 1] ? "L" : "M"}${round(p[0])} ${round(p[1])}` : "")).join("");
  return (
    <svg x="0" y="0" width="100%" height={height} viewBox={`0 0 100 ${height}`} preserveAspectRatio="none" overflow="visible">
      <path d={d} fill="none" stroke={stroke} strokeWidth={width} strokeDasharray={dashed ? "4 2" : undefined} strokeLinejoin="round" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}

/**
 * Bars as one path (x and width in percent, top and bottom in pixels), in the same stretched layer as
 * Polyline: a hundred weeks of bars cost one element in the page, not a hundred.
 */
export function Bars({ height, bars, fill }: { height: number; bars: { x: number; width: number; top: number; bottom: number }[]; fill: string }) {
  const round = (n: number) => Math.round(n * 100) / 100;
  const d = bars
    .filter((b) => b.bottom > b.top)
    .map((b) => `M${round(b.x)} ${round(b.top)}h${round(b.width)}V${round(b.bottom)}h${-round(b.width)}z`)
    .join("");
  return (
    <svg x="0" y="0" width="100%" height={height} viewBox={`0 0 100 ${height}`} preserveAspectRatio="none" overflow="visible">
      <path d={d} fill={fill} />
    </svg>
  );
}

/** Dots of one colour: the shared attributes on the group, only the position on each dot. */
export function Dots({ points, r, fill, className, stroke }: { points: [number, number][]; r: number; fill: string; className?: string; stroke?: string }) {
  return (
    <g fill={fill} stroke={stroke} strokeWidth={stroke ? 1 : undefined}>
      {points.map(([x, y], i) => (
        <circle key={i} className={className} cx={pct(x)} cy={y} r={r} />
      ))}
    </g>
  );
}

"use client";

import { CartesianGrid, ComposedChart, Legend, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { dayTick, lightColor, seriesColor } from "./colors";

export interface PainChartPoint {
  t: number;
  date: string;
  label: string;
  during: number;
  after: number;
  morning: number | null;
  light: "green" | "amber" | "red";
}

/**
 * Pain over time: during, after and next morning, with the runner's own bands for pain during shaded and
 * each session's point (on the "during" line) coloured by its traffic light.
 */
export function PainChart({ points, bands }: { points: PainChartPoint[]; bands: { amberAbove: number; redAbove: number } }) {
  return (
    <div className="h-64 w-full" data-chart="pain">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
          <ReferenceArea y1={0} y2={bands.amberAbove} fill={lightColor.green} fillOpacity={0.08} ifOverflow="hidden" />
          <ReferenceArea y1={bands.amberAbove} y2={bands.redAbove} fill={lightColor.amber} fillOpacity={0.08} ifOverflow="hidden" />
          <ReferenceArea y1={bands.redAbove} y2={10} fill={lightColor.red} fillOpacity={0.06} ifOverflow="hidden" />
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={dayTick} fontSize={12} />
          <YAxis domain={[0, 10]} ticks={[0, bands.amberAbove, bands.redAbove, 10]} fontSize={12} />
          <Tooltip labelFormatter={(t) => dayTick(Number(t))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line
            name="During"
            dataKey="during"
            stroke={seriesColor.during}
            strokeWidth={1.5}
            isAnimationActive={false}
            dot={({ cx, cy, payload, index }) => (
              <circle key={index} className="session-point" cx={cx} cy={cy} r={4} fill={lightColor[(payload as PainChartPoint).light]} stroke="white" strokeWidth={1} />
            )}
          />
          <Line name="After" dataKey="after" stroke={seriesColor.after} strokeWidth={1.5} strokeDasharray="4 2" dot={false} isAnimationActive={false} />
          <Line name="Next morning" dataKey="morning" stroke={seriesColor.morning} strokeWidth={1.5} dot={false} connectNulls isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

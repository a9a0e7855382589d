"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { lightColor, seriesColor } from "./colors";

/** Weekly distance as bars, the acute:chronic load ratio as a line over its 0.8-1.3 band. */
export function RunningChart({ weeks }: { weeks: { week: string; distanceKm: number; ratio: number | null }[] }) {
  return (
    <div className="h-56 w-full" data-chart="running">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={weeks} margin={{ top: 8, right: 0, bottom: 0, left: -20 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="week" fontSize={12} tickFormatter={(w: string) => w.slice(5)} />
          <YAxis yAxisId="km" fontSize={12} />
          <YAxis yAxisId="ratio" orientation="right" domain={[0, 2]} ticks={[0.8, 1.3, 2]} fontSize={12} />
          <ReferenceArea yAxisId="ratio" y1={0.8} y2={1.3} fill={lightColor.green} fillOpacity={0.1} ifOverflow="hidden" />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar yAxisId="km" name="Distance (km)" dataKey="distanceKm" fill={seriesColor.bars} isAnimationActive={false} />
          <Line yAxisId="ratio" name="Load ratio" dataKey="ratio" stroke={seriesColor.ratio} strokeWidth={2} connectNulls isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

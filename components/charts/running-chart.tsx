"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { lightColor, seriesColor } from "./colors";

/**
 * Distance per rolling 7 days as bars, the acute:chronic load ratio as a line over the runner's target band.
 * The ratio axis grows with the data: a ratio of 3 must show as 3, not be clipped.
 */
export function RunningChart({ blocks, band }: { blocks: { end: string; distanceKm: number; ratio: number | null }[]; band: { low: number; high: number } }) {
  const top = Math.max(band.high, ...blocks.map((b) => b.ratio ?? 0));
  return (
    <div className="h-56 w-full" data-chart="running">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={blocks} margin={{ top: 8, right: 0, bottom: 0, left: -20 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="end" fontSize={12} tickFormatter={(d: string) => d.slice(5)} />
          <YAxis yAxisId="km" fontSize={12} />
          <YAxis yAxisId="ratio" orientation="right" domain={[0, Math.ceil(top * 2) / 2]} ticks={[band.low, band.high]} fontSize={12} />
          <ReferenceArea yAxisId="ratio" y1={band.low} y2={band.high} fill={lightColor.green} fillOpacity={0.1} ifOverflow="hidden" />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar yAxisId="km" name="Distance (km)" dataKey="distanceKm" fill={seriesColor.bars} isAnimationActive={false} />
          <Line yAxisId="ratio" name="Load ratio" dataKey="ratio" stroke={seriesColor.ratio} strokeWidth={2} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

"use client";

import { CartesianGrid, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { dayTick, lightColor, seriesColor } from "./colors";

/** Pain during one exercise, each time it was done. */
export function ExercisePainChart({ points, bands }: { points: { t: number; pain: number }[]; bands: { amberAbove: number; redAbove: number } }) {
  return (
    <div className="h-48 w-full" data-chart="exercise-pain">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
          <ReferenceArea y1={0} y2={bands.amberAbove} fill={lightColor.green} fillOpacity={0.08} ifOverflow="hidden" />
          <ReferenceArea y1={bands.amberAbove} y2={bands.redAbove} fill={lightColor.amber} fillOpacity={0.08} ifOverflow="hidden" />
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={dayTick} fontSize={12} />
          <YAxis domain={[0, 10]} ticks={[0, bands.amberAbove, bands.redAbove, 10]} fontSize={12} />
          <Tooltip labelFormatter={(t) => dayTick(Number(t))} />
          <Line name="Pain during" dataKey="pain" stroke={seriesColor.during} strokeWidth={2} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

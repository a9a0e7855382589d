"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { seriesColor } from "./colors";

/** Exercises done against prescribed per rolling 7 days (labelled by the block's last day), with plan changes marked. */
export function CompletionChart({ blocks, changes }: { blocks: { end: string; done: number; prescribed: number }[]; changes: { end: string; label: string }[] }) {
  return (
    <div className="h-56 w-full" data-chart="completion">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={blocks} margin={{ top: 16, right: 8, bottom: 0, left: -20 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="end" fontSize={12} tickFormatter={(d: string) => d.slice(5)} />
          <YAxis allowDecimals={false} fontSize={12} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar name="Prescribed" dataKey="prescribed" fill="#cbd5e1" isAnimationActive={false} />
          <Bar name="Done" dataKey="done" fill={seriesColor.during} isAnimationActive={false} />
          {changes.map((c) => (
            <ReferenceLine key={c.end + c.label} x={c.end} stroke={seriesColor.morning} strokeDasharray="4 2" label={{ value: c.label, position: "top", fontSize: 11 }} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

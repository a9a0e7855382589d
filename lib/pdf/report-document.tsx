import { say } from "@/lib/i18n/say";
import { Document, G, Line, Page, Polyline, Rect, StyleSheet, Svg, Text, View } from "@react-pdf/renderer";
import type { ProgressReport } from "@/lib/data/report";
import { formatDay } from "@/lib/date-format";
import { presentationLabel } from "@/lib/labels";
import { LEFS_MAX, LEFS_MDC } from "@/lib/rules/lefs";

/*
 * The progress report as a PDF: each chart drawn as a vector picture beside the sentence that summarises
 * it (the same sentences the app shows), then the plan history and the LEFS. Colours match the app.
 */
const C = { during: "#17624f", after: "#6d28d9", morning: "#b45309", grid: "#cbd5e1", band: "#94a3b8", bars: "#5b8def", text: "#0f172a" };
const styles = StyleSheet.create({
  page: { padding: 36, fontSize: 10, fontFamily: "Helvetica", color: C.text, lineHeight: 1.35 },
  h1: { fontSize: 18, fontFamily: "Helvetica-Bold" },
  h2: { fontSize: 13, fontFamily: "Helvetica-Bold", marginTop: 14, marginBottom: 4 },
  muted: { color: "#475569" },
  legend: { fontSize: 8, color: "#475569", marginTop: 2 },
  item: { marginBottom: 3 },
});

const W = 520;
const H = 150;
const PAD = { left: 24, right: 6, top: 8, bottom: 16 };

function frame(max: number, ticks: number[]) {
  const y = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  return {
    y,
    grid: ticks.map((t) => (
      <G key={t}>
        <Line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke={C.grid} strokeWidth={0.5} />
        <Text x={2} y={y(t) + 3} style={{ fontSize: 7 }}>
          {String(t)}
        </Text>
      </G>
    )),
  };
}

const xOf = (i: number, n: number) => PAD.left + (n <= 1 ? (W - PAD.left - PAD.right) / 2 : (i / (n - 1)) * (W - PAD.left - PAD.right));
const points = (values: (number | null)[], y: (v: number) => number) =>
  values.flatMap((v, i) => (v == null ? [] : [`${xOf(i, values.length).toFixed(1)},${y(v).toFixed(1)}`])).join(" ");

function AxisDates({ dates }: { dates: string[] }) {
  if (dates.length === 0) return null;
  const marks = dates.length === 1 ? [0] : [0, dates.length - 1];
  return (
    <>
      {marks.map((i) => (
        <Text key={i} x={Math.min(xOf(i, dates.length), W - 60)} y={H - 3} style={{ fontSize: 7 }}>
          {formatDay(dates[i]!)}
        </Text>
      ))}
    </>
  );
}

function PainPicture({ weeks }: { weeks: ProgressReport["pain"]["weeks"] }) {
  const { y, grid } = frame(10, [0, 2, 5, 10]);
  return (
    <Svg width={W} height={H}>
      {grid}
      <Polyline points={points(weeks.map((w) => w.after), y)} stroke={C.after} strokeWidth={1.2} fill="none" strokeDasharray="3 2" />
      <Polyline points={points(weeks.map((w) => w.morning), y)} stroke={C.morning} strokeWidth={1.2} fill="none" />
      <Polyline points={points(weeks.map((w) => w.during), y)} stroke={C.during} strokeWidth={1.5} fill="none" />
      <AxisDates dates={weeks.map((w) => w.end)} />
    </Svg>
  );
}

function RunningPicture({ blocks }: { blocks: ProgressReport["running"]["blocks"] }) {
  const max = Math.max(10, ...blocks.map((b) => Math.ceil(b.distanceKm / 10) * 10));
  const { y, grid } = frame(max, [0, max / 2, max]);
  const width = ((W - PAD.left - PAD.right) / Math.max(blocks.length, 1)) * 0.7;
  return (
    <Svg width={W} height={H}>
      {grid}
      {blocks.map((b, i) => (
        <Rect key={b.end} x={xOf(i, blocks.length) - width / 2} y={y(b.distanceKm)} width={width} height={y(0) - y(b.distanceKm)} fill={C.bars} />
      ))}
      <AxisDates dates={blocks.map((b) => b.end)} />
    </Svg>
  );
}

function LefsPicture({ scores }: { scores: ProgressReport["lefs"]["scores"] }) {
  const { y, grid } = frame(LEFS_MAX, [0, 20, 40, 60, 80]);
  const base = scores[0]?.total ?? 0;
  return (
    <Svg width={W} height={H}>
      <Rect x={PAD.left} width={W - PAD.left - PAD.right} y={y(Math.min(LEFS_MAX, base + LEFS_MDC))} height={y(Math.max(0, base - LEFS_MDC)) - y(Math.min(LEFS_MAX, base + LEFS_MDC))} fill={C.band} fillOpacity={0.25} />
      {grid}
      <Polyline points={points(scores.map((s) => s.total), y)} stroke={C.during} strokeWidth={1.5} fill="none" />
      <AxisDates dates={scores.map((s) => s.date)} />
    </Svg>
  );
}

const statusLabel = { urgent: "Urgent (open red flag)", red: "Red", amber: "Amber", green: "Green", stopped: "Stopped logging" } as const;

export function ReportDocument({ report, clinic }: { report: ProgressReport; clinic: { name: string; phone: string | null } | null }) {
  const { runner } = report;
  return (
    <Document title={`Progress report: ${runner.name}`} author={clinic?.name ?? "StrideBack"} creator="StrideBack">
      <Page size="A4" style={styles.page}>
        <Text style={styles.h1}>Progress report: {runner.name}</Text>
        <Text style={styles.muted}>
          {presentationLabel(runner.presentation)}. Rehab since {formatDay(runner.startDate)}
          {runner.dischargedOn ? `, discharged ${formatDay(runner.dischargedOn)}` : ""}. Report of {formatDay(report.today)}
          {clinic ? ` from ${clinic.name}${clinic.phone ? ` (${clinic.phone})` : ""}` : ""}.
        </Text>

        {report.status ? (
          <View wrap={false}>
            <Text style={styles.h2}>Status on {formatDay(report.today)}: {statusLabel[report.status.status]}{report.status.worsening && report.status.status !== "red" && report.status.status !== "urgent" ? ", worsening" : ""}</Text>
            {report.status.chips.length === 0 ? <Text>Every rule holds over the last 7 days.</Text> : null}
            {/* The clinician's report is written in English until the clinic's screens are translated. */}
            {report.status.chips.map((c) => say("en", c.says)).map((text) => (
              <Text key={text}>• {text}</Text>
            ))}
          </View>
        ) : null}

        <View wrap={false}>
          <Text style={styles.h2}>Pain (0-10), worst per week</Text>
          <Text>{say("en", report.pain.summary)}</Text>
          {report.pain.weeks.length > 0 ? <PainPicture weeks={report.pain.weeks} /> : null}
          <Text style={styles.legend}>Solid green: during. Dashed purple: within an hour after. Orange: next morning. Limits for this runner: during above {report.rules.painDuringAmberAbove} is a warning and above {report.rules.painDuringRedAbove} too much.</Text>
        </View>

        <View wrap={false}>
          <Text style={styles.h2}>Function (LEFS, 0-80)</Text>
          <Text>{say("en", report.lefs.summary)}</Text>
          {report.lefs.scores.length > 0 ? <LefsPicture scores={report.lefs.scores} /> : null}
          <Text style={styles.legend}>Grey band: within {LEFS_MDC} points of the first score, the scale&apos;s minimal detectable change.</Text>
        </View>

        {report.measures.length > 0 ? (
          <View wrap={false}>
            <Text style={styles.h2}>Other outcome measures</Text>
            {report.measures.map((line) => (
              <Text key={line} style={styles.item}>
                {line}
              </Text>
            ))}
          </View>
        ) : null}

        <View wrap={false}>
          <Text style={styles.h2}>Red flags</Text>
          {report.redFlags.length === 0 ? <Text>None raised.</Text> : null}
          {report.redFlags.map((line) => (
            <Text key={line} style={styles.item}>
              {line}
            </Text>
          ))}
        </View>

        <View wrap={false}>
          <Text style={styles.h2}>Running, per 7 days (last 12 weeks)</Text>
          <Text>{say("en", report.running.summary)}</Text>
          {report.running.blocks.length > 0 ? <RunningPicture blocks={report.running.blocks} /> : null}
        </View>

        <Text style={styles.h2}>Completion of the plan (last 12 weeks)</Text>
        <Text>{say("en", report.completion.summary)}</Text>

        <Text style={styles.h2}>Plan history</Text>
        {report.plans.length === 0 ? <Text>No plan yet.</Text> : null}
        {report.plans.map((plan) => (
          <View key={`${plan.title}-${plan.startDate}`} style={{ marginBottom: 6 }}>
            <Text style={{ fontFamily: "Helvetica-Bold" }}>
              {plan.title} ({plan.status === "active" ? "active" : "ended"}), from {formatDay(plan.startDate)}
            </Text>
            {plan.versions.map((v) => (
              <Text key={v.version} style={styles.item}>
                Version {v.version}, in force from {formatDay(v.effectiveFrom)}: {v.exercises.join(", ") || "no exercises"}
                {v.changeNote ? `. Change: ${v.changeNote}` : ""}
              </Text>
            ))}
          </View>
        ))}
        <Text style={{ position: "absolute", bottom: 20, left: 36, right: 36, fontSize: 8, color: "#64748b", textAlign: "center" }} fixed render={({ pageNumber, totalPages }) => `${runner.name} · progress report · page ${pageNumber} of ${totalPages}`} />
      </Page>
    </Document>
  );
}

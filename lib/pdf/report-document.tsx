import { Document, G, Line, Page, Polyline, Rect, StyleSheet, Svg, Text, View } from "@react-pdf/renderer";
import type { ProgressReport } from "@/lib/data/report";
import { formatDay, formatList } from "@/lib/date-format";
import type { Locale } from "@/lib/i18n/locales";
import { exerciseInWords } from "@/lib/i18n/exercise-words";
import { redFlagLine } from "@/lib/i18n/red-flag-words";
import { say } from "@/lib/i18n/say";
import { wordsFor } from "@/lib/i18n/words";
import { presentationLabel, triageLabel } from "@/lib/labels";
import { instrumentsIn } from "@/lib/outcomes/instruments";
import { scoreWords, verdictWords } from "@/lib/outcomes/words";
import { LEFS_MAX, LEFS_MDC } from "@/lib/rules/lefs";

/*
 * The progress report as a PDF, in the language of whoever downloads it (they read it, or send it on): each
 * chart drawn as a vector picture beside the sentence that summarises it (the same sentences the app shows),
 * then the plan history and the LEFS. Colours match the app.
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

function AxisDates({ dates, locale }: { dates: string[]; locale: Locale }) {
  if (dates.length === 0) return null;
  const marks = dates.length === 1 ? [0] : [0, dates.length - 1];
  return (
    <>
      {marks.map((i) => (
        <Text key={i} x={Math.min(xOf(i, dates.length), W - 60)} y={H - 3} style={{ fontSize: 7 }}>
          {formatDay(dates[i]!, locale)}
        </Text>
      ))}
    </>
  );
}

function PainPicture({ weeks, locale }: { weeks: ProgressReport["pain"]["weeks"]; locale: Locale }) {
  const { y, grid } = frame(10, [0, 2, 5, 10]);
  return (
    <Svg width={W} height={H}>
      {grid}
      <Polyline points={points(weeks.map((w) => w.after), y)} stroke={C.after} strokeWidth={1.2} fill="none" strokeDasharray="3 2" />
      <Polyline points={points(weeks.map((w) => w.morning), y)} stroke={C.morning} strokeWidth={1.2} fill="none" />
      <Polyline points={points(weeks.map((w) => w.during), y)} stroke={C.during} strokeWidth={1.5} fill="none" />
      <AxisDates dates={weeks.map((w) => w.end)} locale={locale} />
    </Svg>
  );
}

function RunningPicture({ blocks, locale }: { blocks: ProgressReport["running"]["blocks"]; locale: Locale }) {
  const max = Math.max(10, ...blocks.map((b) => Math.ceil(b.distanceKm / 10) * 10));
  const { y, grid } = frame(max, [0, max / 2, max]);
  const width = ((W - PAD.left - PAD.right) / Math.max(blocks.length, 1)) * 0.7;
  return (
    <Svg width={W} height={H}>
      {grid}
      {blocks.map((b, i) => (
        <Rect key={b.end} x={xOf(i, blocks.length) - width / 2} y={y(b.distanceKm)} width={width} height={y(0) - y(b.distanceKm)} fill={C.bars} />
      ))}
      <AxisDates dates={blocks.map((b) => b.end)} locale={locale} />
    </Svg>
  );
}

function LefsPicture({ scores, locale }: { scores: ProgressReport["lefs"]["scores"]; locale: Locale }) {
  const { y, grid } = frame(LEFS_MAX, [0, 20, 40, 60, 80]);
  const base = scores[0]?.total ?? 0;
  return (
    <Svg width={W} height={H}>
      <Rect x={PAD.left} width={W - PAD.left - PAD.right} y={y(Math.min(LEFS_MAX, base + LEFS_MDC))} height={y(Math.max(0, base - LEFS_MDC)) - y(Math.min(LEFS_MAX, base + LEFS_MDC))} fill={C.band} fillOpacity={0.25} />
      {grid}
      <Polyline points={points(scores.map((s) => s.total), y)} stroke={C.during} strokeWidth={1.5} fill="none" />
      <AxisDates dates={scores.map((s) => s.date)} locale={locale} />
    </Svg>
  );
}

type Clinic = { name: string; phone: string | null } | null;

/** The other measures and the red flags, each a sentence as the pages say it. */
function measureLines(report: ProgressReport, locale: Locale) {
  const t = wordsFor(locale, "report");
  return report.measures.map((m) => {
    const instrument = instrumentsIn(locale)[m.id];
    return t("measure", { name: instrument.name, score: scoreWords(instrument, m.latest.score, locale), date: formatDay(m.latest.date, locale), verdict: verdictWords(instrument, m.change, m.since, locale) });
  });
}

function flagLines(report: ProgressReport, locale: Locale) {
  const t = wordsFor(locale, "report");
  return report.redFlags.map((f) => redFlagLine(locale, f, t("open")));
}

export function ReportDocument({ report, clinic, locale }: { report: ProgressReport; clinic: Clinic; locale: Locale }) {
  const { runner } = report;
  const t = wordsFor(locale, "report");
  const day = (d: string) => formatDay(d, locale);
  const intro = { presentation: presentationLabel(runner.presentation, locale), start: day(runner.startDate), today: day(report.today) };
  return (
    <Document title={t("title", { name: runner.name })} author={clinic?.name ?? "StrideBack"} creator="StrideBack" language={locale}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.h1}>{t("title", { name: runner.name })}</Text>
        <Text style={styles.muted}>
          {runner.dischargedOn ? t("introDischarged", { ...intro, discharged: day(runner.dischargedOn) }) : t("intro", intro)}
          {clinic ? ` ${clinic.phone ? t("fromPhone", { clinic: clinic.name, phone: clinic.phone }) : t("from", { clinic: clinic.name })}` : ""}
        </Text>

        {report.status ? (
          <View wrap={false}>
            <Text style={styles.h2}>{t("statusOn", { date: day(report.today), status: triageLabel(report.status, locale) })}</Text>
            {report.status.chips.length === 0 ? <Text>{wordsFor(locale, "summary")("allHold")}</Text> : null}
            {report.status.chips.map((c) => say(locale, c.says)).map((text) => (
              <Text key={text}>• {text}</Text>
            ))}
          </View>
        ) : null}

        <View wrap={false}>
          <Text style={styles.h2}>{t("painHeading")}</Text>
          <Text>{say(locale, report.pain.summary)}</Text>
          {report.pain.weeks.length > 0 ? <PainPicture weeks={report.pain.weeks} locale={locale} /> : null}
          <Text style={styles.legend}>{t("painLegend", { amber: report.rules.painDuringAmberAbove, red: report.rules.painDuringRedAbove })}</Text>
        </View>

        <View wrap={false}>
          <Text style={styles.h2}>{t("lefsHeading")}</Text>
          <Text>{say(locale, report.lefs.summary)}</Text>
          {report.lefs.scores.length > 0 ? <LefsPicture scores={report.lefs.scores} locale={locale} /> : null}
          <Text style={styles.legend}>{t("lefsLegend", { mdc: LEFS_MDC })}</Text>
        </View>

        {report.measures.length > 0 ? (
          <View wrap={false}>
            <Text style={styles.h2}>{t("measuresHeading")}</Text>
            {measureLines(report, locale).map((line) => (
              <Text key={line} style={styles.item}>
                {line}
              </Text>
            ))}
          </View>
        ) : null}

        <View wrap={false}>
          <Text style={styles.h2}>{t("redFlagsHeading")}</Text>
          {report.redFlags.length === 0 ? <Text>{t("noFlags")}</Text> : null}
          {flagLines(report, locale).map((line) => (
            <Text key={line} style={styles.item}>
              {line}
            </Text>
          ))}
        </View>

        <View wrap={false}>
          <Text style={styles.h2}>{t("runningHeading")}</Text>
          <Text>{say(locale, report.running.summary)}</Text>
          {report.running.blocks.length > 0 ? <RunningPicture blocks={report.running.blocks} locale={locale} /> : null}
        </View>

        <Text style={styles.h2}>{t("completionHeading")}</Text>
        <Text>{say(locale, report.completion.summary)}</Text>

        <Text style={styles.h2}>{t("plansHeading")}</Text>
        {report.plans.length === 0 ? <Text>{t("noPlan")}</Text> : null}
        {report.plans.map((plan) => (
          <View key={`${plan.title}-${plan.startDate}`} style={{ marginBottom: 6 }}>
            <Text style={{ fontFamily: "Helvetica-Bold" }}>{t("plan", { title: plan.title, status: plan.status, date: day(plan.startDate) })}</Text>
            {plan.versions.map((v) => {
              const version = { version: v.version, date: day(v.effectiveFrom), exercises: formatList(v.exercises.map((e) => exerciseInWords(e, locale).name), locale) || t("noExercises") };
              return (
                <Text key={v.version} style={styles.item}>
                  {v.changeNote ? t("versionChanged", { ...version, note: v.changeNote }) : t("version", version)}
                </Text>
              );
            })}
          </View>
        ))}
        <Text style={{ position: "absolute", bottom: 20, left: 36, right: 36, fontSize: 8, color: "#64748b", textAlign: "center" }} fixed render={({ pageNumber, totalPages }) => t("footer", { name: runner.name, page: pageNumber, total: totalPages })} />
      </Page>
    </Document>
  );
}

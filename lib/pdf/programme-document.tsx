import { Document, Image, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { Programme } from "@/lib/data/programme";
import { formatDay } from "@/lib/date-format";
import { wordsFor } from "@/lib/i18n/words";
import { doseLabel } from "@/lib/labels";

/*
 * The printable home programme, drawn by @react-pdf/renderer on the server: each exercise in force with
 * its picture, dose and cues, then the runner's own pain rules in plain words and the clinic's contact, in
 * the runner's language whoever prints it.
 */
const styles = StyleSheet.create({
  page: { padding: 36, fontSize: 10.5, fontFamily: "Helvetica", color: "#0f172a", lineHeight: 1.35 },
  h1: { fontSize: 18, fontFamily: "Helvetica-Bold", marginBottom: 2 },
  muted: { color: "#475569" },
  h2: { fontSize: 13, fontFamily: "Helvetica-Bold", marginTop: 14, marginBottom: 6 },
  exercise: { borderTop: "1pt solid #cbd5e1", paddingTop: 8, marginBottom: 10 },
  name: { fontSize: 12, fontFamily: "Helvetica-Bold" },
  dose: { fontFamily: "Helvetica-Bold", color: "#17624f", marginBottom: 4 },
  picture: { width: 300, marginVertical: 4 },
  rule: { marginBottom: 4 },
  footer: { position: "absolute", bottom: 20, left: 36, right: 36, fontSize: 8, color: "#64748b", textAlign: "center" },
});

export function ProgrammeDocument({ programme, pictures }: { programme: Programme; pictures: (Buffer | null)[] }) {
  const { runner, clinic, contact, plan, items, rules, safety, date, locale } = programme;
  const t = wordsFor(locale, "programme");
  const day = (d: string) => formatDay(d, locale);
  return (
    <Document title={t("documentTitle", { name: runner.name })} author={clinic?.name ?? "StrideBack"} creator="StrideBack" language={locale}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.h1}>{t("title", { name: runner.name })}</Text>
        <Text style={styles.muted}>
          {plan ? t("planLine", { title: plan.title, version: plan.version, date: day(plan.effectiveFrom) }) : t("noPlan")} {t("printed", { date: day(date) })}
        </Text>
        {plan?.goal ? <Text style={styles.muted}>{t("goal", { goal: plan.goal })}</Text> : null}
        <Text style={styles.h2}>{t("exercisesHeading")}</Text>
        {items.length === 0 ? <Text>{t("noExercises")}</Text> : null}
        {items.map((item, i) => (
          <View key={item.prescription.id} style={styles.exercise} wrap={false}>
            <Text style={styles.name}>
              {i + 1}. {item.exercise.name}
            </Text>
            <Text style={styles.dose}>{doseLabel(item.prescription, locale)}</Text>
            {/* A PDF picture, not an HTML img: react-pdf has no alt text, and the exercise is named just above. */}
            {/* eslint-disable-next-line jsx-a11y/alt-text */}
            {pictures[i] ? <Image style={styles.picture} src={{ data: pictures[i]!, format: "png" }} /> : null}
            <Text>{item.exercise.instructions}</Text>
            {item.exercise.cues ? <Text style={styles.muted}>{t("cues", { cues: item.exercise.cues })}</Text> : null}
            {item.prescription.notes ? <Text>{t("fromPhysio", { notes: item.prescription.notes })}</Text> : null}
          </View>
        ))}
        <View wrap={false}>
          <Text style={styles.h2}>{t("rulesHeading")}</Text>
          {rules.map((rule) => (
            <Text key={rule} style={styles.rule}>
              • {rule}
            </Text>
          ))}
          <Text style={styles.h2}>{t("contactHeading")}</Text>
          <Text>{contact}</Text>
          {safety.map((line) => (
            <Text key={line} style={styles.rule}>
              • {line}
            </Text>
          ))}
        </View>
        <Text style={styles.footer} fixed render={({ pageNumber, totalPages }) => t("footer", { name: runner.name, page: pageNumber, total: totalPages })} />
      </Page>
    </Document>
  );
}

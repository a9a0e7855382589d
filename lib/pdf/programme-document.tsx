import { Document, Image, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { Programme } from "@/lib/data/programme";
import { formatDay } from "@/lib/date-format";
import { doseLabel } from "@/lib/labels";
import { SAFETY_IN_WORDS as SAFETY } from "@/lib/rules/rules-in-words";

/*
 * The printable home programme, drawn by @react-pdf/renderer on the server: each exercise in force with
 * its picture, dose and cues, then the runner's own pain rules in plain words and the clinic's contact.
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
  const { runner, clinic, plan, items, rules, date } = programme;
  return (
    <Document title={`Home programme for ${runner.name}`} author={clinic?.name ?? "StrideBack"} creator="StrideBack">
      <Page size="A4" style={styles.page}>
        <Text style={styles.h1}>Home programme: {runner.name}</Text>
        <Text style={styles.muted}>
          {plan ? `${plan.title}, version ${plan.version}, in force since ${formatDay(plan.effectiveFrom)}.` : "No plan is in force today."} Printed {formatDay(date)}.
        </Text>
        {plan?.goal ? <Text style={styles.muted}>Goal: {plan.goal}</Text> : null}
        <Text style={styles.h2}>Your exercises</Text>
        {items.length === 0 ? <Text>No exercises in force today.</Text> : null}
        {items.map((item, i) => (
          <View key={item.prescription.id} style={styles.exercise} wrap={false}>
            <Text style={styles.name}>
              {i + 1}. {item.exercise.name}
            </Text>
            <Text style={styles.dose}>{doseLabel(item.prescription)}</Text>
            {/* A PDF picture, not an HTML img: react-pdf has no alt text, and the exercise is named just above. */}
            {/* eslint-disable-next-line jsx-a11y/alt-text */}
            {pictures[i] ? <Image style={styles.picture} src={{ data: pictures[i]!, format: "png" }} /> : null}
            <Text>{item.exercise.instructions}</Text>
            {item.exercise.cues ? <Text style={styles.muted}>Cues: {item.exercise.cues}</Text> : null}
            {item.prescription.notes ? <Text>From your physio: {item.prescription.notes}</Text> : null}
          </View>
        ))}
        <View wrap={false}>
          <Text style={styles.h2}>Your pain rules</Text>
          {rules.map((rule) => (
            <Text key={rule} style={styles.rule}>
              • {rule}
            </Text>
          ))}
          <Text style={styles.h2}>Contact</Text>
          <Text>
            {clinic ? `${clinic.name}${clinic.phone ? `, ${clinic.phone}` : ""}.` : "Your clinic."}
          </Text>
          {SAFETY.map((line) => (
            <Text key={line} style={styles.rule}>
              • {line}
            </Text>
          ))}
        </View>
        <Text style={styles.footer} fixed render={({ pageNumber, totalPages }) => `${runner.name} · home programme · page ${pageNumber} of ${totalPages}`} />
      </Page>
    </Document>
  );
}

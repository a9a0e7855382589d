import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { formatDay } from "@/lib/date-format";
import type { Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/i18n/words";
import type { SummarySection } from "@/lib/outcomes/summary-lines";

/*
 * The discharge summary on one page: the same sections the summary page shows, for the runner and the
 * referrer, in the language of whoever downloads it.
 */
const styles = StyleSheet.create({
  page: { padding: 36, fontSize: 10, fontFamily: "Helvetica", color: "#0f172a", lineHeight: 1.35 },
  h1: { fontSize: 17, fontFamily: "Helvetica-Bold" },
  h2: { fontSize: 12, fontFamily: "Helvetica-Bold", marginTop: 10, marginBottom: 3 },
  muted: { color: "#475569", marginTop: 2 },
  line: { marginBottom: 2 },
});

type Props = { title: string; subtitle: string; sections: SummarySection[]; clinic: { name: string; phone: string | null } | null; written: string; locale: Locale };

export function SummaryDocument({ title, subtitle, sections, clinic, written, locale }: Props) {
  const t = wordsFor(locale, "dischargeSummary");
  const date = formatDay(written, locale);
  return (
    <Document title={title} author={clinic?.name ?? "StrideBack"} language={locale}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.h1}>{title}</Text>
        <Text style={styles.muted}>{subtitle}</Text>
        {sections.map((section) => (
          <View key={section.heading} wrap={false}>
            <Text style={styles.h2}>{section.heading}</Text>
            {section.lines.map((line, i) => (
              <Text key={i} style={styles.line}>
                {line}
              </Text>
            ))}
          </View>
        ))}
        <Text style={[styles.muted, { marginTop: 14 }]}>
          {!clinic ? t("written", { date }) : clinic.phone ? t("writtenForPhone", { date, clinic: clinic.name, phone: clinic.phone }) : t("writtenFor", { date, clinic: clinic.name })}
        </Text>
      </Page>
    </Document>
  );
}

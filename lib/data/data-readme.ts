import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { wordsFor } from "@/lib/i18n/words";

/*
 * The README of a runner's data archive: what each file is, and each table's fields, in plain words and in the
 * runner's language (messages "dataArchive"). Every table that can hold a row about a runner has its sentence
 * (dataArchive.tables.<table>); a test fails when one is added without it (lib/data/lifecycle.int.test.ts).
 * The field names and values stay the database's own: they are data, the same in every language.
 */
export const DESCRIBED_TABLES = new Set(Object.keys(MESSAGES.en.dataArchive.tables));

export function readme(input: { name: string; at: Date; tables: Record<string, { name: string; type: string }[]>; counts: Record<string, number>; files: string[] }, locale: Locale): string {
  const t = wordsFor(locale, "dataArchive");
  const tables = Object.keys(input.tables).sort();
  return [
    `# ${t("title")}`,
    "",
    t("everything", { name: input.name, at: input.at.toISOString().slice(0, 16).replace("T", " ") }),
    "",
    `## ${t("filesHeading")}`,
    "",
    `- ${t("recordsFile")}`,
    `- ${t("fhirFile")}`,
    `- ${t("csvFile")}`,
    `- ${t("runFiles", { count: input.files.length })}`,
    "",
    t("conventions"),
    "",
    `## ${t("recordsHeading")}`,
    "",
    ...tables.flatMap((table) => [
      `### ${table}.json (${input.counts[table] ?? 0})`,
      "",
      DESCRIBED_TABLES.has(table) ? t(`tables.${table}` as "tables.users") : "",
      "",
      ...input.tables[table]!.map((column) => `- \`${column.name}\` (${column.type})`),
      "",
    ]),
  ].join("\n");
}

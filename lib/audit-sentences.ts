import type { AuditRow } from "@/lib/data/audit-trail";
import type { Locale } from "@/lib/i18n/locales";
import { type Words, wordsFor } from "@/lib/i18n/words";

/*
 * The audit log in sentences: "Maya Patel opened Alex Runner's record", "StrideBack sent a reminder to
 * Alex Runner". Who did it is the person signed in, or StrideBack itself for what the jobs do; an event
 * with nobody signed in (a failed sign-in) is "someone not signed in".
 */

/** The kinds of notice and of download the sentences name; any other is "a message" or "an export". */
const NOTICES = new Set(["exercise", "checkin", "nudge", "digest", "message", "account", "invite", "red_flag", "data_export"]);
const DOWNLOADS = new Set(["fhir", "logs-csv", "caseload-csv", "programme-pdf", "report-pdf", "discharge-summary-pdf"]);

/** What was done, as the messages auditLog.* say it; an action no message knows is quoted by its code. */
function whatWasDone(t: Words<"auditLog">, action: string, runner: string): string {
  const who = { runner, named: runner ? "yes" : "no" };
  if (action.startsWith("notify.")) return t("notify", { ...who, what: NOTICES.has(action.slice(7)) ? action.slice(7) : "other" });
  if (action.startsWith("export.")) return t("export", { ...who, what: DOWNLOADS.has(action.slice(7)) ? action.slice(7).replaceAll("-", "_") : "other" });
  const key = `actions.${action.replaceAll(".", "_")}`;
  // An action's key is data (its code), so the typed translator cannot know it: asked for by name.
  const byName = t as unknown as { has: (key: string) => boolean } & ((key: string, values: Record<string, string>) => string);
  return byName.has(key) ? byName(key, who) : t("unknown", { ...who, action });
}

/** Who did it, in words. */
function auditActor(row: Pick<AuditRow, "action" | "actorName">, locale: Locale = "en"): string {
  if (row.actorName) return row.actorName;
  return row.action.startsWith("auth.") ? wordsFor(locale, "auditLog")("someone") : "StrideBack";
}

/** One audit event as a sentence in the reader's language. `times` > 1 for a run of the same view grouped into one line. */
export function auditSentence(row: Pick<AuditRow, "action" | "actorName" | "runnerName">, times = 1, locale: Locale = "en"): string {
  const t = wordsFor(locale, "auditLog");
  return t("sentence", { who: auditActor(row, locale), what: whatWasDone(t, row.action, row.runnerName ?? ""), times });
}

export interface AuditLine extends AuditRow {
  /** How many events the line stands for: repeated views of one record by one person in a row are one line. */
  times: number;
  /** The earliest of them (`at` is the latest). */
  firstAt: Date;
}

/** Consecutive views of the same record by the same person become one line ("… 5 times"); every change stays its own line. */
export function groupRepeatedViews(rows: AuditRow[]): AuditLine[] {
  const lines: AuditLine[] = [];
  for (const row of rows) {
    const last = lines.at(-1);
    if (last && row.action.endsWith(".view") && last.action === row.action && last.actorName === row.actorName && last.runnerId === row.runnerId) {
      last.times += 1;
      last.firstAt = row.at;
    } else lines.push({ ...row, times: 1, firstAt: row.at });
  }
  return lines;
}

import { getTranslations } from "next-intl/server";
import { runWords } from "./run-words";
import type { SessionWords } from "./session-log-form";

/** The exercise session form's words in the reader's language, for the new and the edit page. */
export async function sessionWords(): Promise<SessionWords> {
  const [run, t, offline] = await Promise.all([runWords(), getTranslations("sessionLog"), getTranslations("offline")]);
  return {
    ...run,
    dueLegend: t("dueLegend"),
    dueHint: t("dueHint"),
    others: t("others"),
    painDuring: t("painDuring"),
    painDuringHint: t("painDuringHint"),
    painAfter: t("painAfter"),
    painAfterHint: t("painAfterHint"),
    nerveSymptoms: t("nerveSymptoms"),
    nerveSymptomsHint: t("nerveSymptomsHint"),
    effortHint: t("effortHint"),
    notesHint: t("notesHint"),
    offlineKept: offline("keptSession"),
    row: {
      notAsPrescribed: t("row.notAsPrescribed"),
      sets: t.raw("row.sets"),
      reps: t.raw("row.reps"),
      hold: t.raw("row.hold"),
      pain: t.raw("row.pain"),
      painNeural: t.raw("row.painNeural"),
      painHint: t("row.painHint"),
      noPain: run.noPain,
      worst: run.worst,
    },
  };
}

import { getTranslations } from "next-intl/server";
import type { RunWords } from "./run-log-form";

/** The run form's words in the reader's language, for every page that shows the form. */
export async function runWords(): Promise<RunWords> {
  const [t, scale, forms, offline] = await Promise.all([getTranslations("runLog"), getTranslations("scale"), getTranslations("forms"), getTranslations("offline")]);
  return {
    date: t("date"),
    distance: t.raw("distance"),
    duration: t("duration"),
    painDuring: t("painDuring"),
    painAfter: t("painAfter"),
    painAfterHint: t("painAfterHint"),
    suddenPain: t("suddenPain"),
    answers: { yes: t("yes"), no: t("no") },
    effort: t("effort"),
    rest: t("rest"),
    maximal: t("maximal"),
    noPain: scale("noPain"),
    worst: scale("worst"),
    notes: t("notes"),
    notesHint: t("notesHint"),
    saving: forms("saving"),
    offlineKept: offline("keptRun"),
  };
}

import { getLocale, getTranslations } from "next-intl/server";
import { runFileRefusalWords } from "@/lib/runs/refusal-words";
import { runWords } from "@/components/forms/run-words";
import type { ReadingWords } from "./run-reading";

/** What a run file's reading is called in the reader's language, on the server's pages and the phone's offline reading. */
export async function readingWords(): Promise<ReadingWords> {
  const t = await getTranslations("import");
  return {
    readFrom: t.raw("readFrom"),
    started: t("started"),
    distance: t("distance"),
    movingTime: t("movingTime"),
    pace: t("pace"),
    stopped: t("stopped"),
    climb: t("climb"),
    heartRate: t("heartRate"),
    heart: t.raw("heart"),
    heartMax: t.raw("heartMax"),
  };
}

/** The import form's words, and those of the offline reading it may show. */
export async function importWords() {
  const [t, refusals, reading, run, locale] = await Promise.all([getTranslations("import"), getTranslations("refusals"), readingWords(), runWords(), getLocale()]);
  return {
    /** Why a file is refused, said on the phone before sending (its size) or when it reads a file offline. */
    refusals: runFileRefusalWords(locale),
    ofFile: refusals.raw("runFile.ofFile") as string,
    files: t("files"),
    filesHint: t("filesHint"),
    alreadySaved: t("alreadySaved"),
    read: t("read"),
    reading: t("reading"),
    sharedFromWatch: t.raw("sharedFromWatch"),
    offline: {
      reading,
      run,
      readHere: t("readHere"),
      intro: t("offlineIntro"),
      missing: t("missing"),
      keep: t("keep"),
    },
  };
}

export type ImportWords = Awaited<ReturnType<typeof importWords>>;

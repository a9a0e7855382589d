import { RED_FLAG_GROUPS, URGENCIES, type RedFlagGroupDefinition, type Resolution, type SignCode, type Urgency } from "@/lib/rules/red-flags";
import { formatList } from "@/lib/date-format";
import { INTL_LOCALE, type Locale } from "./locales";
import { wordsFor } from "./words";
import { formatReported } from "@/lib/red-flag-time";

/*
 * The red-flag screen and its advice in the reader's language. The rules (lib/rules/red-flags) hold the codes
 * and urgencies; the words live in the message files. Client components (the check-in and worry forms, which
 * must show the advice offline) receive these finished words as props: no message file reaches the phone.
 */
export interface WordedSign {
  code: string;
  question: string;
  short: string;
}

export interface WordedGroup extends Omit<RedFlagGroupDefinition, "signs"> {
  title: string;
  signs: WordedSign[];
}

export interface RedFlagWords {
  advice: Record<Urgency, { headline: string; why: string; meanwhile: string }>;
  /** Each sign's few words, by code: "You told us about: …". */
  signs: Record<string, string>;
  /** Templates filled on the phone, whose values it alone may know: {clinic} {phone}, {signs}, {reported}. */
  callClinic: string;
  toldUs: string;
  toldUsAt: string;
  callYourClinic: string;
  alerted: string;
  willSee: string;
  offline: string;
  notAReplacement: string;
  /** A blank screen refused, offline as online. */
  noAnswer: string;
  /** The screen's "no": "None of these", or on the morning check-in "None of these are new". */
  none: string;
  noneNew: string;
}

export function wordedGroups(locale: Locale, groups: readonly RedFlagGroupDefinition[]): WordedGroup[] {
  const t = wordsFor(locale, "redFlags");
  return groups.map((g) => ({
    ...g,
    title: t(`groups.${g.group}`),
    signs: g.signs.map(({ code }) => ({ code, question: t(`signs.${code}.question`), short: t(`signs.${code}.short`) })),
  }));
}

/** A sign's few words in the reader's language: "saddle numbness". */
export function signShort(locale: Locale, code: string) {
  return wordsFor(locale, "redFlags")(`signs.${code as SignCode}.short`);
}

export function redFlagWords(locale: Locale, signCodes: readonly string[]): RedFlagWords {
  const t = wordsFor(locale, "redFlags");
  return {
    advice: Object.fromEntries(URGENCIES.map((u) => [u, { headline: t(`advice.${u}.headline`), why: t(`advice.${u}.why`), meanwhile: t(`advice.${u}.meanwhile`) }])) as RedFlagWords["advice"],
    signs: Object.fromEntries(signCodes.map((code) => [code, signShort(locale, code)])),
    callClinic: t.raw("callClinic"),
    toldUs: t.raw("toldUs"),
    toldUsAt: t.raw("toldUsAt"),
    callYourClinic: t("callYourClinic"),
    alerted: t("alerted"),
    willSee: t("willSee"),
    offline: t("offline"),
    notAReplacement: t("notAReplacement"),
    noAnswer: t("noAnswer"),
    none: t("none"),
    noneNew: t("noneNew"),
  };
}

/** The signs answered yes, as a list in the reader's language. */
export const signsInWords = (locale: Locale, codes: readonly string[]) => codes.map((code) => signShort(locale, code)).join(", ");

/** A validation message of the screen ("tick something, or none"), in the reader's language. */
export const screenMessage = (locale: Locale, which: "noAnswer" | "bothAnswers") => wordsFor(locale, "redFlags")(which);

/** The red-flag advice for a handout: all four groups, each as the app says it on a yes. */
export function safetyInWords(locale: Locale): string[] {
  const t = wordsFor(locale, "redFlags");
  const programme = wordsFor(locale, "programme");
  return RED_FLAG_GROUPS.map((g) => {
    const signs = formatList(g.signs.map(({ code }) => t(`signs.${code}.short`)), locale, "disjunction");
    const advice = t(`advice.${g.urgency}.headline`);
    return programme("safety", { signs: capitalised(signs, locale), advice: advice.toLocaleLowerCase(INTL_LOCALE[locale]) });
  });
}

const capitalised = (text: string, locale: Locale) => text.charAt(0).toLocaleUpperCase(INTL_LOCALE[locale]) + text.slice(1);


/**
 * A red flag in a sentence, as the progress report and the discharge summary list it: "09:30 on 15 Jan: foot
 * drop. Seen in clinic, by Maya Patel.", with `open` said while nobody has closed it.
 */
export function redFlagLine(locale: Locale, f: { reportedAt: Date | string; timeZone: string; signs: readonly string[]; resolution: Resolution | null; note: string | null; by: string | null }, open: string): string {
  const reported = formatReported(new Date(f.reportedAt), f.timeZone, locale);
  return wordsFor(locale, "redFlags")("line", { reported, signs: signsInWords(locale, f.signs), resolution: resolutionInWords(locale, f) ?? open });
}

/** How a clinician closed a flag, in the reader's language: "Seen in clinic (booked Friday), by Maya Patel"; null while open. */
export function resolutionInWords(locale: Locale, f: { resolution: Resolution | null; note: string | null; by: string | null }): string | null {
  if (!f.resolution) return null;
  const t = wordsFor(locale, "redFlags");
  const resolution = t(`resolutions.${f.resolution}`);
  return f.note ? t("resolvedWithNote", { resolution, note: f.note, by: f.by ?? "" }) : t("resolvedBy", { resolution, by: f.by ?? "" });
}

import { daysBetween } from "@/lib/dates";
import { formatDay } from "@/lib/date-format";
import type { Locale } from "@/lib/i18n/locales";
import { redFlagLine } from "@/lib/i18n/red-flag-words";
import { wordsFor } from "@/lib/i18n/words";
import { presentationLabel, sideLabel } from "@/lib/labels";
import { formatUpTo } from "@/lib/number-format";
import { stepDose } from "@/lib/rules/ladder";
import { tenths } from "@/lib/rules/summaries";
import { RULE_DEFINITIONS } from "@/lib/rules/thresholds";
import type { Presentation } from "@/db/schema";
import type { DischargeSummary } from "./discharge-summary";
import type { EpisodePain, PainWindowSummary } from "./episode-figures";
import { instrumentsIn } from "./instruments";
import { scoreWords } from "./words";

/*
 * The discharge summary as sections of sentences, in the reader's language: the page and the PDF both draw
 * these, so what the runner downloads and what the clinician reads on screen can never say different things.
 * What a person wrote (titles, phase names, reasons, the closing note) stays as written.
 */
export interface SummarySection {
  heading: string;
  lines: string[];
}

/** Pain over the episode in a sentence: the first two weeks against the last two, by the real-change rule. */
export function episodePainSentence(pain: EpisodePain, locale: Locale): string {
  const t = wordsFor(locale, "dischargeSummary");
  return pain.change
    ? t("painChange", { from: tenths(pain.change.from), to: tenths(pain.change.to), trend: pain.change.trend === "no real change" ? "none" : pain.change.trend })
    : t("painTooFew", { first: pain.first.sessions, last: pain.last.sessions, needs: RULE_DEFINITIONS.trendMinLogs });
}

function painLines(pain: EpisodePain, daysToPainFree: number | null, locale: Locale): string[] {
  const t = wordsFor(locale, "dischargeSummary");
  const day = (d: string) => formatDay(d, locale);
  const window = (which: "first" | "last", w: PainWindowSummary) =>
    t("window", { which, from: day(w.from), to: day(w.to), sessions: w.sessions, during: tenths(w.during ?? 0), after: tenths(w.after ?? 0) });
  return [
    episodePainSentence(pain, locale),
    window("first", pain.first),
    window("last", pain.last),
    daysToPainFree != null ? t("painFree", { day: daysToPainFree }) : t("noPainFree"),
  ];
}

function measureLines(s: DischargeSummary, locale: Locale): string[] {
  const t = wordsFor(locale, "dischargeSummary");
  const day = (d: string) => formatDay(d, locale);
  const measures = s.measures.filter((m) => m.first || m.last);
  if (!measures.length) return [t("noMeasures")];
  return measures.map((m) => {
    const instrument = instrumentsIn(locale)[m.id];
    const scoreOn = (at: { date: string; score: number }) => t("scoreOn", { score: scoreWords(instrument, at.score, locale), date: day(at.date) });
    // A rating of change (GROC) is read alone; a status measure from its first fill to its last.
    const shown = (instrument.measures === "status" ? m.first : m.last)!;
    const compared = instrument.measures === "status" && m.points != null;
    const threshold = t("threshold", { kind: instrument.realChange.kind, points: instrument.realChange.points });
    const real = m.real ? "yes" : "no";
    const verdict =
      m.points == null
        ? t("verdictOne")
        : compared
          ? t("verdictPoints", { points: `${m.points > 0 ? "+" : ""}${formatUpTo(m.points, instrument.decimals, locale)}`, real, threshold })
          : t("verdict", { real, threshold });
    return compared && m.last ? t("measureCompared", { name: instrument.name, score: scoreOn(shown), last: scoreOn(m.last), verdict }) : t("measure", { name: instrument.name, score: scoreOn(shown), verdict });
  });
}

function redFlagLines(s: DischargeSummary, locale: Locale): string[] {
  const t = wordsFor(locale, "dischargeSummary");
  if (!s.redFlags.length) return [t("noFlags")];
  // A summary from before flags were kept whole holds only its English sentences.
  return s.redFlags.map(({ flag, ...kept }) => (flag ? redFlagLine(locale, flag, t("stillOpen")) : wordsFor(locale, "redFlags")("line", kept)));
}

export function summaryLines(s: DischargeSummary, locale: Locale): { title: string; subtitle: string; sections: SummarySection[] } {
  const t = wordsFor(locale, "dischargeSummary");
  const day = (d: string) => formatDay(d, locale);
  const weeks = Math.round((daysBetween(s.startedOn, s.dischargedOn) + 1) / 7);
  const adherence = s.adherence.prescribed ? Math.round((100 * s.adherence.done) / s.adherence.prescribed) : null;
  const side = sideLabel(s.runner.affectedSide as "left" | "right" | "both", locale);
  return {
    title: t("heading", { name: s.runner.name }),
    subtitle: t("subtitle", {
      presentation: presentationLabel(s.runner.presentation as Presentation, locale),
      side: side.charAt(0).toLocaleLowerCase(locale) + side.slice(1),
      from: day(s.startedOn),
      to: day(s.dischargedOn),
      weeks,
      by: s.dischargedBy,
    }),
    sections: [
      {
        heading: t("sections.plans"),
        lines: s.plans.length
          ? s.plans.flatMap((p) => [
              s.template && s.template !== p.title ? t("planFromTemplate", { title: p.title, date: day(p.startDate), template: s.template }) : t("plan", { title: p.title, date: day(p.startDate) }),
              ...p.phases.map((ph) => {
                const label = ph.label || t("version", { version: ph.version ?? 0 });
                return ph.because ? t("phase", { label, date: day(ph.from), because: ph.because }) : t("phaseNoReason", { label, date: day(ph.from) });
              }),
            ])
          : [t("noPlan")],
      },
      { heading: t("sections.pain"), lines: painLines(s.pain, s.daysToPainFree, locale) },
      { heading: t("sections.measures"), lines: measureLines(s, locale) },
      {
        heading: t("sections.running"),
        lines: s.running
          ? [t("ladderFrom", { date: day(s.running.startedOn) }), ...s.running.steps.map((st) => t("step", { step: st.step, label: st.rung ? stepDose(st.rung, locale) : st.label, date: day(st.from), because: st.because }))]
          : [t("noLadder")],
      },
      { heading: t("sections.redFlags"), lines: redFlagLines(s, locale) },
      { heading: t("sections.adherence"), lines: [adherence == null ? t("noSessions") : t("adherence", { done: s.adherence.done, prescribed: s.adherence.prescribed, percent: adherence })] },
      { heading: t("sections.closing"), lines: [s.closingNote] },
    ],
  };
}

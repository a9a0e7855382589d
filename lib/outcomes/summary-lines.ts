import type { IsoDate } from "@/lib/dates";
import { daysBetween } from "@/lib/dates";
import { presentationLabel, sideLabel } from "@/lib/labels";
import type { DischargeSummary } from "./discharge-summary";
import type { Presentation } from "@/db/schema";
import { oneDecimal } from "@/lib/rules/summaries";
import { episodePainSentence, type PainWindowSummary } from "./episode-figures";
import { INSTRUMENTS } from "./instruments";
import { scoreWords } from "./words";

/*
 * The discharge summary as sections of sentences: the page and the PDF both draw these, so what the runner
 * downloads and what the clinician reads on screen can never say different things.
 */
export interface SummarySection {
  heading: string;
  lines: string[];
}

type Day = (date: IsoDate) => string;

const windowLine = (name: string, w: PainWindowSummary, day: Day) =>
  `${name} (${day(w.from)} to ${day(w.to)}): ${w.sessions} session${w.sessions === 1 ? "" : "s"}${w.sessions ? `, pain during ${oneDecimal(w.during!)} and after ${oneDecimal(w.after!)} on average` : ""}.`;

export function summaryLines(s: DischargeSummary, day: Day): { title: string; subtitle: string; sections: SummarySection[] } {
  const weeks = Math.round((daysBetween(s.startedOn, s.dischargedOn) + 1) / 7);
  const measures = s.measures.filter((m) => m.first || m.last);
  const adherence = s.adherence.prescribed ? Math.round((100 * s.adherence.done) / s.adherence.prescribed) : null;
  return {
    title: `Discharge summary: ${s.runner.name}`,
    subtitle: `${presentationLabel(s.runner.presentation as Presentation)}, ${sideLabel(s.runner.affectedSide as "left" | "right" | "both").toLowerCase()}. Care from ${day(s.startedOn)} to ${day(s.dischargedOn)} (about ${weeks} week${weeks === 1 ? "" : "s"}), discharged by ${s.dischargedBy}.`,
    sections: [
      {
        heading: "Plans and phases",
        lines: s.plans.length
          ? s.plans.flatMap((p) => [`${p.title}, from ${day(p.startDate)}${s.template && s.template !== p.title ? ` (from the template ${s.template})` : ""}:`, ...p.phases.map((ph) => `${ph.label}, from ${day(ph.from)}: ${ph.because || "no reason recorded"}.`)])
          : ["No exercise plan in this episode."],
      },
      {
        heading: "Pain over the episode",
        lines: [
          episodePainSentence(s.pain),
          windowLine("First two weeks", s.pain.first, day),
          windowLine("Last two weeks", s.pain.last, day),
          s.daysToPainFree != null
            ? `First pain-free week (every session green, each next morning at or below its baseline): by day ${s.daysToPainFree}.`
            : "No pain-free week (every session green, each next morning at or below its baseline) in this episode.",
        ],
      },
      {
        heading: "Outcome measures",
        lines: measures.length
          ? measures.map((m) => {
              const instrument = INSTRUMENTS[m.id];
              const shown = instrument.measures === "status" ? m.first : m.last;
              const first = shown ? `${scoreWords(instrument, shown.score)} on ${day(shown.date)}` : "";
              // A rating of change (GROC) is read alone; a status measure from its first fill to its last.
              const compared = instrument.measures === "status" && m.points != null;
              const last = compared && m.last ? ` to ${scoreWords(instrument, m.last.score)} on ${day(m.last.date)}` : "";
              const verdict = m.points == null ? "one fill, nothing to compare" : `${compared ? `${m.points > 0 ? "+" : ""}${m.points}: ` : ""}${m.real ? "a real change" : "no real change"} (${m.threshold})`;
              return `${m.name}: ${first}${last}; ${verdict}.`;
            })
          : ["No outcome measure was filled in this episode."],
      },
      {
        heading: "Return to running",
        lines: s.running
          ? [`Walk-run ladder from ${day(s.running.startedOn)}.`, ...s.running.steps.map((st) => `Step ${st.step} (${st.label}) from ${day(st.from)}: ${st.because}.`)]
          : ["The walk-run ladder was not used in this episode."],
      },
      {
        heading: "Red flags",
        lines: s.redFlags.length ? s.redFlags.map((f) => `${f.reported}: ${f.signs}. ${f.resolution}.`) : ["None raised in this episode."],
      },
      {
        heading: "Adherence",
        lines: [adherence == null ? "No exercise sessions were prescribed." : `${s.adherence.done} of ${s.adherence.prescribed} prescribed exercise sessions done (${adherence}%).`],
      },
      { heading: "Closing note", lines: [s.closingNote] },
    ],
  };
}

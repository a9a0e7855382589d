import { fill } from "@/lib/i18n/fill";
import type { RedFlagWords } from "@/lib/i18n/red-flag-words";
import { telHref } from "@/lib/tel";
import type { Urgency } from "@/lib/rules/red-flags";

/*
 * What a runner reads after answering yes to a red flag: before anything else, full width, in plain words.
 * Plain markup (no hooks), so the server renders it and the offline form can show it without a connection:
 * the words come translated from the server (lib/i18n/red-flag-words), the few values only the phone knows
 * are filled in here. A heading leads, so a screen reader lands on what to do; no colour carries meaning alone.
 */
export function RedFlagAdvice({
  urgency,
  signs,
  clinic,
  words,
  reported,
  sent = true,
  alerted = false,
  headingLevel = 1,
  id = "red-flag-headline",
}: {
  urgency: Urgency;
  signs: readonly string[];
  clinic: { name: string; phone: string | null } | null;
  words: RedFlagWords;
  /** When it was reported, in the runner's words ("07:12 on 23 Nov"). */
  reported?: string;
  /** False while the answer waits for a connection: the physio has not been told yet. */
  sent?: boolean;
  /** An alert to the runner's clinicians is queued: say so only then. */
  alerted?: boolean;
  headingLevel?: 1 | 2;
  /** Unique per page when several are shown. */
  id?: string;
}) {
  const advice = words.advice[urgency];
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const phone = clinic?.phone;
  const told = signs.map((s) => words.signs[s] ?? s).join(", ");
  return (
    <section aria-labelledby={id} className="-mx-4 mb-5 border-y-4 border-urgent bg-urgent-50 px-4 py-4 sm:mx-0 sm:rounded-lg sm:border-4">
      <Heading id={id} className="mb-2 text-2xl font-bold text-urgent">
        {advice.headline}
      </Heading>
      <p className="mb-2 text-base text-slate-900">{advice.why}</p>
      <p className="mb-3 text-base text-slate-900">{advice.meanwhile}</p>
      {phone ? (
        <a href={telHref(phone)} className="mb-3 flex min-h-12 items-center justify-center rounded-md bg-urgent px-4 text-center text-base font-semibold text-white">
          {fill(words.callClinic, { clinic: clinic!.name, phone })}
        </a>
      ) : (
        <p className="mb-3 font-semibold">{words.callYourClinic}</p>
      )}
      <p className="mb-1 text-sm text-slate-800">{reported ? fill(words.toldUsAt, { signs: told, reported }) : fill(words.toldUs, { signs: told })}</p>
      <p className="text-sm text-slate-800">{sent ? (alerted ? words.alerted : words.willSee) : words.offline}</p>
      <p className="mt-3 text-xs text-slate-700">{words.notAReplacement}</p>
    </section>
  );
}

import { ADVICE, signOf, type Urgency } from "@/lib/rules/red-flags";
import { telHref } from "@/lib/labels";

/*
 * What a runner reads after answering yes to a red flag: before anything else, full width, in plain words.
 * Plain markup (no hooks), so the server renders it and the offline form can show it without a connection.
 * A heading leads, so a screen reader lands on what to do; no colour carries meaning on its own.
 */
export function RedFlagAdvice({
  urgency,
  signs,
  clinic,
  reported,
  sent = true,
  alerted = false,
  headingLevel = 1,
  id = "red-flag-headline",
}: {
  urgency: Urgency;
  signs: readonly string[];
  clinic: { name: string; phone: string | null } | null;
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
  const advice = ADVICE[urgency];
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const phone = clinic?.phone;
  return (
    <section aria-labelledby={id} className="-mx-4 mb-5 border-y-4 border-urgent bg-urgent-50 px-4 py-4 sm:mx-0 sm:rounded-lg sm:border-4">
      <Heading id={id} className="mb-2 text-2xl font-bold text-urgent">
        {advice.headline}
      </Heading>
      <p className="mb-2 text-base text-slate-900">{advice.why}</p>
      <p className="mb-3 text-base text-slate-900">{advice.meanwhile}</p>
      {phone ? (
        <a href={telHref(phone)} className="mb-3 flex min-h-12 items-center justify-center rounded-md bg-urgent px-4 text-center text-base font-semibold text-white">
          Call {clinic!.name}: {phone}
        </a>
      ) : (
        <p className="mb-3 font-semibold">Call your clinic.</p>
      )}
      <p className="mb-1 text-sm text-slate-800">
        You told us about: {signs.map((s) => signOf(s).short).join(", ")}
        {reported ? ` (${reported})` : ""}.
      </p>
      <p className="text-sm text-slate-800">
        {sent
          ? alerted
            ? "Your physio has been sent an alert, and this is at the top of their list until they record what was done."
            : "Your physio will see this when they next open StrideBack: it is at the top of their list until they record what was done."
          : "You are offline: your physio has not been told yet. This will be sent as soon as your phone has a connection. Do not wait for it: act on the advice above now."}
      </p>
      <p className="mt-3 text-xs text-slate-700">This check does not replace your physio or a doctor. If you feel very unwell, call your local emergency number.</p>
    </section>
  );
}

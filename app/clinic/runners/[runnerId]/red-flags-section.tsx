import { type RedFlagReport } from "@/lib/data/red-flags";
import { formatReported } from "@/lib/red-flag-time";
import { getLocale, getTranslations } from "next-intl/server";
import { signsInWords } from "@/lib/i18n/red-flag-words";
import { NOTE_REQUIRED, RESOLUTIONS, type SignCode } from "@/lib/rules/red-flags";
import { resolveRedFlagAction } from "../../actions";
import { ResolveFlagForm } from "./resolve-flag-form";

const source = { intake: "at intake", checkin: "with the morning check-in", worry: "from \u201csomething new or worrying?\u201d" } as const;

/**
 * Red flags first on the runner's page: each open one with its signs, when and how it was reported, what
 * the runner was told, and the form that records what was done. Closed ones stay listed below as the record.
 */
export async function RedFlagsSection({ flags, runnerName }: { flags: RedFlagReport[]; runnerName: string }) {
  if (flags.length === 0) return null;
  const [locale, t] = await Promise.all([getLocale(), getTranslations("redFlags")]);
  const open = flags.filter((f) => !f.resolvedAt);
  const closed = flags.filter((f) => f.resolvedAt);
  return (
    <section aria-labelledby="red-flags-heading" className={`mb-4 rounded-lg border-4 p-4 ${open.length ? "border-urgent bg-urgent-50" : "border-slate-200 bg-white"}`}>
      <h2 id="red-flags-heading" className={`mb-2 text-lg font-bold ${open.length ? "text-urgent" : ""}`}>
        {open.length ? `Red flag${open.length > 1 ? "s" : ""}: needs your action` : "Red flags"}
      </h2>
      {open.map((f) => (
        <article key={f.id} aria-label={`Red flag reported ${formatReported(f.reportedAt, f.timeZone)}`} className="mb-4 rounded-md border border-urgent bg-white p-3">
          <ul className="mb-1 list-disc pl-5 font-semibold">
            {f.signs.map((code) => (
              <li key={code}>{t(`signs.${code as SignCode}.question`)}</li>
            ))}
          </ul>
          <p className="text-sm text-slate-700">
            Reported by {f.reportedBy} {source[f.source]} at {formatReported(f.reportedAt, f.timeZone)} (the runner&apos;s time). {runnerName} was told: {t(`advice.${f.urgency!}.headline`).toLocaleLowerCase(locale)}.
          </p>
          <ResolveFlagForm action={resolveRedFlagAction.bind(null, f.id)} noteRequired={NOTE_REQUIRED.includes(f.urgency!)} />
        </article>
      ))}
      {closed.length > 0 ? (
        <details>
          <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold">Closed red flags ({closed.length})</summary>
          <ul className="flex flex-col gap-2 text-sm">
            {closed.map((f) => (
              <li key={f.id}>
                {signsInWords(locale, f.signs)}, reported {formatReported(f.reportedAt, f.timeZone)}. {f.resolvedBy}: {RESOLUTIONS[f.resolution!]}
                {f.resolutionNote ? ` (${f.resolutionNote})` : ""}, {formatReported(f.resolvedAt!, f.timeZone)}.
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

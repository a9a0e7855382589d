import { type RedFlagReport } from "@/lib/data/red-flags";
import { formatReported } from "@/lib/red-flag-time";
import { getLocale, getTranslations } from "next-intl/server";
import { signsInWords } from "@/lib/i18n/red-flag-words";
import { NOTE_REQUIRED, RESOLUTION_CODES, type SignCode } from "@/lib/rules/red-flags";
import { resolveRedFlagAction } from "../../actions";
import { ResolveFlagForm } from "./resolve-flag-form";


/**
 * Red flags first on the runner's page: each open one with its signs, when and how it was reported, what
 * the runner was told, and the form that records what was done. Closed ones stay listed below as the record.
 */
export async function RedFlagsSection({ flags, runnerName }: { flags: RedFlagReport[]; runnerName: string }) {
  if (flags.length === 0) return null;
  const [locale, t, s] = await Promise.all([getLocale(), getTranslations("redFlags"), getTranslations("flagsSection")]);
  const open = flags.filter((f) => !f.resolvedAt);
  const closed = flags.filter((f) => f.resolvedAt);
  return (
    <section aria-labelledby="red-flags-heading" className={`mb-4 rounded-lg border-4 p-4 ${open.length ? "border-urgent bg-urgent-50" : "border-slate-200 bg-white"}`}>
      <h2 id="red-flags-heading" className={`mb-2 text-lg font-bold ${open.length ? "text-urgent" : ""}`}>
        {open.length ? s("needsAction", { count: open.length }) : s("title")}
      </h2>
      {open.map((f) => (
        <article key={f.id} aria-label={s("reportedLabel", { when: formatReported(f.reportedAt, f.timeZone, locale) })} className="mb-4 rounded-md border border-urgent bg-white p-3">
          <ul className="mb-1 list-disc pl-5 font-semibold">
            {f.signs.map((code) => (
              <li key={code}>{t(`signs.${code as SignCode}.question`)}</li>
            ))}
          </ul>
          <p className="text-sm text-slate-700">
            {s("reported", { by: f.reportedBy, source: s(`source.${f.source}`), when: formatReported(f.reportedAt, f.timeZone, locale), name: runnerName, advice: t(`advice.${f.urgency!}.headline`).toLocaleLowerCase(locale) })}
          </p>
          <ResolveFlagForm
            action={resolveRedFlagAction.bind(null, f.id)}
            words={{
              legend: s("whatWasDone"),
              resolutions: RESOLUTION_CODES.map((code) => ({ code, label: t(`resolutions.${code}`) })),
              note: s(NOTE_REQUIRED.includes(f.urgency!) ? "noteRequired" : "noteOptional"),
              hint: s(NOTE_REQUIRED.includes(f.urgency!) ? "noteRequiredHint" : "noteHint"),
              recording: s("recording"),
              record: s("record"),
            }}
          />
        </article>
      ))}
      {closed.length > 0 ? (
        <details>
          <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold">{s("closed", { count: closed.length })}</summary>
          <ul className="flex flex-col gap-2 text-sm">
            {closed.map((f) => (
              <li key={f.id}>
                {s("closedLine", {
                  signs: signsInWords(locale, f.signs),
                  when: formatReported(f.reportedAt, f.timeZone, locale),
                  by: f.resolvedBy ?? "",
                  resolution: t(`resolutions.${f.resolution!}`),
                  note: f.resolutionNote || "none",
                  resolved: formatReported(f.resolvedAt!, f.timeZone, locale),
                })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

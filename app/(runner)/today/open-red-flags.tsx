import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { RedFlagAdvice } from "@/components/red-flags/red-flag-advice";
import type { RedFlagReport } from "@/lib/data/red-flags";
import { redFlagWords } from "@/lib/i18n/red-flag-words";
import { formatReported } from "@/lib/red-flag-time";
import { URGENCY_ORDER } from "@/lib/rules/red-flags";

/**
 * The runner's open red flags: the most urgent one's advice in full, any others as links. They stay
 * until the physio records what was done, so the advice cannot scroll away after one reading.
 */
export async function OpenRedFlags({ flags, clinic }: { flags: RedFlagReport[]; clinic: { name: string; phone: string | null } | null }) {
  const open = flags.filter((f) => f.urgency != null).sort((a, b) => URGENCY_ORDER[a.urgency!] - URGENCY_ORDER[b.urgency!] || b.reportedAt.getTime() - a.reportedAt.getTime());
  const [first, ...others] = open;
  if (!first) return null;
  const [locale, t] = await Promise.all([getLocale(), getTranslations("today")]);
  const reported = (f: RedFlagReport) => formatReported(f.reportedAt, f.timeZone, locale);
  return (
    <>
      <RedFlagAdvice urgency={first.urgency!} signs={first.signs} clinic={clinic} words={redFlagWords(locale, first.signs)} reported={reported(first)} alerted={first.alertQueuedAt != null} headingLevel={2} />
      {others.length > 0 ? (
        <ul className="mb-4 text-sm" aria-label={t("otherFlags")}>
          {others.map((f) => (
            <li key={f.id}>
              <Link href={`/red-flags/${f.id}`} className="font-semibold text-urgent underline">
                {t("otherFlag", { reported: reported(f) })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

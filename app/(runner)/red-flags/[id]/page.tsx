import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RedFlagAdvice } from "@/components/red-flags/red-flag-advice";
import { requireRunner } from "@/lib/auth/current-actor";
import { getClinicContact, getRedFlag } from "@/lib/data/red-flags";
import { redFlagWords } from "@/lib/i18n/red-flag-words";
import { formatReported } from "@/lib/red-flag-time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("redFlags"))("pageTitle") };
}

/** The advice for one red flag the runner reported: the page a yes leads to, with nothing above it. */
export default async function RedFlagPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRunner();
  const { id } = await params;
  const [flag, clinic, locale, t] = await Promise.all([getRedFlag(actor, id), getClinicContact(actor), getLocale(), getTranslations("redFlags")]);
  if (!flag || !flag.urgency) notFound();
  const resolution = flag.resolution ? t(`resolutions.${flag.resolution}`).toLocaleLowerCase(locale) : null;
  return (
    <>
      <RedFlagAdvice urgency={flag.urgency} signs={flag.signs} clinic={clinic} words={redFlagWords(locale, flag.signs)} reported={formatReported(flag.reportedAt, flag.timeZone, locale)} alerted={flag.alertQueuedAt != null} />
      {resolution ? (
        <p className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          {flag.resolvedAt
            ? t("resolvedAt", { clinician: flag.resolvedBy ?? "", resolution, when: formatReported(flag.resolvedAt, flag.timeZone, locale) })
            : t("resolved", { clinician: flag.resolvedBy ?? "", resolution })}
        </p>
      ) : null}
      <Link href="/today" className="text-sm font-semibold text-brand-900 underline">
        {t("backToToday")}
      </Link>
    </>
  );
}

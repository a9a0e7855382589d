import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import { CheckinForm } from "@/components/forms/checkin-form";
import { checkinWords } from "@/components/forms/checkin-words";
import { requireRunner } from "@/lib/auth/current-actor";
import { getClinicContact } from "@/lib/data/red-flags";
import { getRunnerDay, getToday } from "@/lib/data/today";
import { getDistanceUnit } from "@/lib/data/preferences";
import { formatDistance } from "@/lib/units";
import { formatDay, formatList } from "@/lib/date-format";
import { redFlagWords, wordedGroups } from "@/lib/i18n/red-flag-words";
import { morningScreen } from "@/lib/rules/morning-screen";
import { SIGN_CODES } from "@/lib/rules/red-flags";
import { checkinAction } from "../log/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkin"))("title") };
}

export default async function CheckinPage({ searchParams }: { searchParams: Promise<{ date?: string }> }) {
  const actor = await requireRunner();
  const [today, day, clinic, { date: asked }, { unit }, locale, t, words] = await Promise.all([
    getToday(actor),
    getRunnerDay(actor),
    getClinicContact(actor),
    searchParams,
    getDistanceUnit(actor),
    getLocale(),
    getTranslations("checkin"),
    checkinWords(),
  ]);
  if (!today || !day) notFound();
  const dayIn = (d: string) => formatDay(d, locale);
  // A link from today's page may ask for a missed morning; anything else is this morning.
  const missed = today.missingMornings.find((m) => m.morning === asked);
  const date = missed?.morning ?? today.date;
  const logs = formatList(
    today.yesterdaysLogs.map((l) => (l.kind === "run" ? t("loggedRun", { distance: formatDistance(l.distanceKm ?? 0, unit, locale) }) : t("loggedSession"))),
    locale,
  );
  const intro = missed
    ? t("introMissed", { day: dayIn(missed.morning), pain: missed.pain, kind: missed.kind })
    : today.yesterdaysLogs.length > 0
      ? t("introYesterday", { logs })
      : t("introPlain");
  const editing = !missed && today.checkin;
  // The safety questions are about now, so they come with this morning's check-in, not a missed one.
  const groups = missed ? [] : morningScreen(day.runner.presentation, day.runner.startDate, day.today);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 text-sm text-slate-600">{intro}</p>
      {editing ? <p className="mb-4 rounded-md bg-brand-50 p-3 text-sm">{t("editing")}</p> : null}
      <CheckinForm
        action={checkinAction}
        clientId={randomUUID()}
        defaults={{ date, pain: editing ? String(today.checkin!.pain) : undefined, stiffness: editing ? today.checkin!.stiffness?.toString() : undefined }}
        maxDate={today.date}
        submitLabel={t("submit")}
        screen={groups.length > 0 ? { groups: wordedGroups(locale, groups), clinic, words: redFlagWords(locale, SIGN_CODES) } : undefined}
        words={words}
      />
    </>
  );
}

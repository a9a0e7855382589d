import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { CheckinForm } from "@/components/forms/checkin-form";
import { requireRunner } from "@/lib/auth/current-actor";
import { getClinicContact } from "@/lib/data/red-flags";
import { getRunnerDay, getToday } from "@/lib/data/today";
import { getDistanceUnit } from "@/lib/data/preferences";
import { formatDistance } from "@/lib/units";
import { formatDay } from "@/lib/date-format";
import { morningScreen } from "@/lib/rules/morning-screen";
import { getLocale } from "next-intl/server";
import { redFlagWords, wordedGroups } from "@/lib/i18n/red-flag-words";
import { SIGN_CODES } from "@/lib/rules/red-flags";
import { checkinAction } from "../log/actions";

export const metadata: Metadata = { title: "Morning check-in" };

export default async function CheckinPage({ searchParams }: { searchParams: Promise<{ date?: string }> }) {
  const actor = await requireRunner();
  const [today, day, clinic, { date: asked }, { unit }] = await Promise.all([getToday(actor), getRunnerDay(actor), getClinicContact(actor), searchParams, getDistanceUnit(actor)]);
  if (!today || !day) notFound();
  // A link from today's page may ask for a missed morning; anything else is this morning.
  const missed = today.missingMornings.find((m) => m.morning === asked);
  const date = missed?.morning ?? today.date;
  const intro = missed
    ? `The morning of ${formatDay(missed.morning)}, after pain ${missed.pain} in your ${missed.kind === "run" ? "run" : "exercises"} the day before. How did it feel that morning?`
    : today.yesterdaysLogs.length > 0
      ? `Yesterday you logged ${today.yesterdaysLogs.map((l) => (l.kind === "run" ? `a ${formatDistance(l.distanceKm ?? 0, unit)} run` : "an exercise session")).join(" and ")}. How does it feel this morning, 24 hours on?`
      : "How does it feel this morning?";
  const editing = !missed && today.checkin;
  // The safety questions are about now, so they come with this morning's check-in, not a missed one.
  const locale = await getLocale();
  const groups = missed ? [] : morningScreen(day.runner.presentation, day.runner.startDate, day.today);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Morning check-in</h1>
      <p className="mb-4 text-sm text-slate-600">{intro}</p>
      {editing ? <p className="mb-4 rounded-md bg-brand-50 p-3 text-sm">You checked in this morning already: saving again updates it.</p> : null}
      <CheckinForm
        action={checkinAction}
        clientId={randomUUID()}
        defaults={{ date, pain: editing ? String(today.checkin!.pain) : undefined, stiffness: editing ? today.checkin!.stiffness?.toString() : undefined }}
        maxDate={today.date}
        submitLabel="Save check-in"
        screen={groups.length > 0 ? { groups: wordedGroups(locale, groups), clinic, words: redFlagWords(locale, SIGN_CODES) } : undefined}
      />
    </>
  );
}

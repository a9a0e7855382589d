import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRunner } from "@/lib/auth/current-actor";
import { getRunnerDay } from "@/lib/data/today";
import { timeZoneNames } from "@/lib/dates";
import { formatDay, formatWeekday } from "@/lib/date-format";
import { ChangePasswordForm } from "@/components/forms/change-password-form";
import { DistanceUnitForm } from "@/components/forms/distance-unit-form";
import { LanguageForm } from "@/components/forms/language-form";
import { getLocale, getTranslations } from "next-intl/server";
import { getDistanceUnit } from "@/lib/data/preferences";
import { getReminderSettings } from "@/lib/data/reminders";
import { PushToggle } from "@/components/offline/push-toggle";
import { vapidKeys } from "@/lib/push/vapid";
import { RemindersForm } from "./reminders-form";
import { TimeZoneForm } from "./time-zone-form";
import { YourData } from "./your-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const actor = await requireRunner();
  const [day, reminders, distances, locale, t, language, reminderWords, push] = await Promise.all([
    getRunnerDay(actor),
    getReminderSettings(actor),
    getDistanceUnit(actor),
    getLocale(),
    getTranslations("settings"),
    getTranslations("language"),
    getTranslations("reminders"),
    getTranslations("push"),
  ]);
  if (!day) notFound();
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 text-sm text-slate-600">{t("days", { date: formatDay(day.today, locale), zone: day.runner.timeZone.replaceAll("_", " ") })}</p>
      <TimeZoneForm zones={timeZoneNames()} stored={day.runner.timeZone} words={{ label: t("timeZone"), hint: t("timeZoneHint"), save: t("saveZone") }} />
      <h2 className="mt-8 mb-3 text-lg font-semibold">{language("heading")}</h2>
      <LanguageForm locale={locale} />
      <h2 className="mt-8 mb-3 text-lg font-semibold">{t("distances")}</h2>
      <DistanceUnitForm unit={distances.unit} chosen={distances.chosen} />
      <h2 className="mt-8 mb-3 text-lg font-semibold">{t("reminders")}</h2>
      <RemindersForm
        stored={reminders}
        words={{
          email: reminderWords("email"),
          emailHint: reminderWords("emailHint"),
          zone: reminderWords("zone", { zone: day.runner.timeZone.replaceAll("_", " ") }),
          days: reminderWords("days"),
          dayNames: [1, 2, 3, 4, 5, 6, 7].map((d) => ({ short: formatWeekday(d, locale), long: formatWeekday(d, locale, "long") })),
          time: reminderWords("time"),
          checkin: reminderWords("checkin"),
          checkinHint: reminderWords("checkinHint"),
          wake: reminderWords("wake"),
          nudge: reminderWords("nudge"),
          save: reminderWords("save"),
        }}
      />
      <h3 className="mt-6 mb-2 font-semibold">{t("notifications")}</h3>
      <PushToggle
        publicKey={vapidKeys()?.publicKey ?? null}
        words={{ on: push("on"), blocked: push("blocked"), unsupported: push("unsupported"), off: push("off"), turnOff: push("turnOff"), turnOn: push("turnOn"), failed: push("failed"), phoneFailed: push("phoneFailed") }}
      />
      <h2 className="mt-8 mb-3 text-lg font-semibold">{t("password")}</h2>
      <ChangePasswordForm />
      <p className="mt-3 text-sm">
        <Link href="/account/security" prefetch={false} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
          {t("twoStep")}
        </Link>
      </p>
      <YourData actor={actor} timeZone={day.runner.timeZone} />
    </>
  );
}

import Link from "next/link";
import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/forms/change-password-form";
import { DistanceUnitForm } from "@/components/forms/distance-unit-form";
import { LanguageForm } from "@/components/forms/language-form";
import { getLocale, getTranslations } from "next-intl/server";
import { getDistanceUnit } from "@/lib/data/preferences";
import { requireClinician } from "@/lib/auth/current-actor";
import { sessionLimits } from "@/lib/auth/session-rows";
import { getReminderSettings } from "@/lib/data/reminders";
import { timeZoneNames } from "@/lib/dates";
import { DigestForm } from "./digest-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("clinicSettings"))("title") };
}

export default async function ClinicianSettingsPage() {
  const actor = await requireClinician();
  const [reminders, distances, t] = await Promise.all([getReminderSettings(actor), getDistanceUnit(actor), getTranslations("clinicSettings")]);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-sm text-slate-600">
        {t("safety", { minutes: sessionLimits().idleMinutes.clinician })}
      </p>
      <h2 className="mb-3 text-lg font-semibold">{t("emails")}</h2>
      <DigestForm stored={reminders} zones={timeZoneNames()} />
      <h2 className="mt-8 mb-3 text-lg font-semibold">{(await getTranslations("language"))("heading")}</h2>
      <LanguageForm locale={await getLocale()} />
      <h2 className="mt-8 mb-3 text-lg font-semibold">{t("distances")}</h2>
      <DistanceUnitForm unit={distances.unit} chosen={distances.chosen} />
      <h2 className="mt-8 mb-3 text-lg font-semibold">{t("password")}</h2>
      <ChangePasswordForm />
      <p className="mt-3 text-sm">
        <Link href="/account/security" prefetch={false} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
          {t("twoStep")}
        </Link>
      </p>
    </>
  );
}

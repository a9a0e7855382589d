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

export const metadata: Metadata = { title: "Settings" };

export default async function ClinicianSettingsPage() {
  const actor = await requireClinician();
  const [reminders, distances] = await Promise.all([getReminderSettings(actor), getDistanceUnit(actor)]);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Settings</h1>
      <p className="mb-6 text-sm text-slate-600">
        For your patients&apos; safety you are signed out after {sessionLimits().idleMinutes.clinician} minutes without activity, and when you change your password every other device is signed out.
      </p>
      <h2 className="mb-3 text-lg font-semibold">Emails</h2>
      <DigestForm stored={reminders} zones={timeZoneNames()} />
      <h2 className="mt-8 mb-3 text-lg font-semibold">{(await getTranslations("language"))("heading")}</h2>
      <LanguageForm locale={await getLocale()} />
      <h2 className="mt-8 mb-3 text-lg font-semibold">Distances</h2>
      <DistanceUnitForm unit={distances.unit} chosen={distances.chosen} />
      <h2 className="mt-8 mb-3 text-lg font-semibold">Password</h2>
      <ChangePasswordForm />
      <p className="mt-3 text-sm">
        <Link href="/account/security" prefetch={false} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
          Two-step sign-in (a code from an authenticator app)
        </Link>
      </p>
    </>
  );
}

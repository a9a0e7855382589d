import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SimpleForm } from "@/components/forms/simple-form";
import { clinicDetailsFields } from "@/components/forms/clinic-details-fields";
import { checkSetupToken } from "@/lib/data/clinic";
import { DEFAULT_PAIN_RULES } from "@/lib/rules/thresholds";
import { setupClinicAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("links"))("setupTitle") };
}

/** The first run: gone for good (404) once a clinic exists. */
export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [state, t] = await Promise.all([checkSetupToken(token), getTranslations("links")]);
  if (state.status === "unknown") notFound();
  return (
    <main className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-3xl font-bold text-brand-900">{t("setupTitle")}</h1>
      {state.status === "valid" ? (
        <>
          <p className="mt-2 mb-6 text-slate-700">{t("setupIntro")}</p>
          <SimpleForm
            action={setupClinicAction.bind(null, token)}
            submit={t("createClinic")}
            pendingLabel={t("creating")}
            fields={[
              ...clinicDetailsFields({ name: "", phone: "", requireSecondFactor: false, painRules: DEFAULT_PAIN_RULES }, await getLocale()),
              { name: "adminName", label: t("yourName"), autoComplete: "name" },
              { kind: "email", name: "adminEmail", label: t("yourEmail"), autoComplete: "username" },
              { kind: "password", name: "password", label: t("choosePassword"), hint: t("passwordHint"), autoComplete: "new-password" },
              { kind: "password", name: "confirm", label: t("again"), autoComplete: "new-password" },
            ]}
          />
        </>
      ) : (
        <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-pain-red">
          {t("setupRestart", { problem: t(`problems.${state.status}`) })}
        </p>
      )}
    </main>
  );
}

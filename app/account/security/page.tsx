import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SimpleForm } from "@/components/forms/simple-form";
import { getSessionUser } from "@/lib/auth/current-actor";
import { newEnrolment, secondFactorStatus } from "@/lib/data/second-factor";
import { confirmEnrolmentAction, disableSecondFactorAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("twoStep"))("title") };
}

/**
 * Two-step sign-in for either role: a code from an authenticator app after the password. A clinician whose
 * clinic requires it arrives here straight from signing in and can go nowhere else until it is set up.
 */
export default async function SecurityPage() {
  const who = await getSessionUser();
  if (!who) redirect("/login");
  if (who.pendingStep === "verify") redirect("/login/verify");
  const [status, t] = await Promise.all([secondFactorStatus(who.userId), getTranslations("twoStep")]);
  const enrolment = status.enabled ? null : await newEnrolment(who.email);
  const home = who.role === "clinician" ? "/clinic/settings" : "/settings";
  return (
    <main className="mx-auto max-w-xl px-4 py-10">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      {who.pendingStep === "enrol" ? (
        <p role="status" className="mt-3 rounded-md bg-amber-50 p-3 text-slate-900">
          {t("required")}
        </p>
      ) : null}
      {enrolment ? (
        <section className="mt-6 flex flex-col gap-4" aria-labelledby="enrol-heading">
          <h2 id="enrol-heading" className="text-xl font-semibold">
            {t("setUp")}
          </h2>
          <ol className="list-decimal space-y-1 pl-5 text-slate-800">
            <li>{t("step1")}</li>
            <li>{t("step2")}</li>
            <li>{t("step3")}</li>
          </ol>
          <div role="img" aria-label={t("qr")} className="size-48 bg-white p-2" dangerouslySetInnerHTML={{ __html: enrolment.svg }} />
          <p>
            {t("key")} <code data-testid="totp-secret" className="rounded bg-slate-100 px-2 py-1 font-mono break-all">{enrolment.secret}</code>
          </p>
          <SimpleForm
            action={confirmEnrolmentAction}
            submit={t("turnOn")}
            pendingLabel={t("checking")}
            afterShown={{ href: "/", label: t("keptCodes") }}
            fields={[
              { kind: "hidden", name: "sealedSecret", value: enrolment.sealedSecret },
              { name: "code", label: t("code"), autoComplete: "one-time-code" },
            ]}
          />
        </section>
      ) : (
        <section className="mt-6 flex flex-col gap-4">
          <p>{t.rich("isOn", { left: status.recoveryCodesLeft, strong: (chunks) => <strong>{chunks}</strong> })}</p>
          {status.required ? (
            <p className="text-slate-700">{t("clinicRequires")}</p>
          ) : (
            <SimpleForm action={disableSecondFactorAction} submit={t("turnOff")} variant="secondary" fields={[{ name: "code", label: t("codeToTurnOff"), autoComplete: "one-time-code" }]} />
          )}
        </section>
      )}
      {who.pendingStep ? null : (
        <Link href={home} className="mt-8 inline-block font-medium text-brand-700 underline">
          {t("back")}
        </Link>
      )}
    </main>
  );
}

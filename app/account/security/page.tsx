import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SimpleForm } from "@/components/forms/simple-form";
import { getSessionUser } from "@/lib/auth/current-actor";
import { newEnrolment, secondFactorStatus } from "@/lib/data/second-factor";
import { confirmEnrolmentAction, disableSecondFactorAction } from "./actions";

export const metadata: Metadata = { title: "Two-step sign-in" };

/**
 * Two-step sign-in for either role: a code from an authenticator app after the password. A clinician whose
 * clinic requires it arrives here straight from signing in and can go nowhere else until it is set up.
 */
export default async function SecurityPage() {
  const who = await getSessionUser();
  if (!who) redirect("/login");
  if (who.pendingStep === "verify") redirect("/login/verify");
  const status = await secondFactorStatus(who.userId);
  const enrolment = status.enabled ? null : await newEnrolment(who.email);
  const home = who.role === "clinician" ? "/clinic/settings" : "/settings";
  return (
    <main className="mx-auto max-w-xl px-4 py-10">
      <h1 className="text-3xl font-bold text-brand-900">Two-step sign-in</h1>
      {who.pendingStep === "enrol" ? (
        <p role="status" className="mt-3 rounded-md bg-amber-50 p-3 text-slate-900">
          Your clinic requires two-step sign-in for clinicians. Set it up now to continue.
        </p>
      ) : null}
      {enrolment ? (
        <section className="mt-6 flex flex-col gap-4" aria-labelledby="enrol-heading">
          <h2 id="enrol-heading" className="text-xl font-semibold">
            Set up your authenticator app
          </h2>
          <ol className="list-decimal space-y-1 pl-5 text-slate-800">
            <li>Open an authenticator app on your phone (Google Authenticator, Microsoft Authenticator, 1Password, …).</li>
            <li>Scan this code, or type the key below into the app.</li>
            <li>Enter the 6-digit code the app shows.</li>
          </ol>
          <div role="img" aria-label="QR code for your authenticator app" className="size-48 bg-white p-2" dangerouslySetInnerHTML={{ __html: enrolment.svg }} />
          <p>
            Key: <code data-testid="totp-secret" className="rounded bg-slate-100 px-2 py-1 font-mono break-all">{enrolment.secret}</code>
          </p>
          <SimpleForm
            action={confirmEnrolmentAction}
            submit="Turn on two-step sign-in"
            pendingLabel="Checking…"
            afterShown={{ href: "/", label: "I have kept my recovery codes: continue" }}
            fields={[
              { kind: "hidden", name: "sealedSecret", value: enrolment.sealedSecret },
              { name: "code", label: "Code from your app", autoComplete: "one-time-code" },
            ]}
          />
        </section>
      ) : (
        <section className="mt-6 flex flex-col gap-4">
          <p>
            Two-step sign-in is <strong>on</strong>. {status.recoveryCodesLeft} of 10 recovery codes left.
          </p>
          {status.required ? (
            <p className="text-slate-700">Your clinic requires it. If your phone is lost, use a recovery code, or ask your clinic&apos;s admin to reset it.</p>
          ) : (
            <SimpleForm action={disableSecondFactorAction} submit="Turn off two-step sign-in" variant="secondary" fields={[{ name: "code", label: "Code from your app, to turn it off", autoComplete: "one-time-code" }]} />
          )}
        </section>
      )}
      {who.pendingStep ? null : (
        <Link href={home} className="mt-8 inline-block font-medium text-brand-700 underline">
          Back to settings
        </Link>
      )}
    </main>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SimpleForm } from "@/components/forms/simple-form";
import { clinicDetailsFields } from "@/components/forms/clinic-details-fields";
import { linkProblem } from "@/lib/data/account-tokens";
import { checkSetupToken } from "@/lib/data/clinic";
import { DEFAULT_PAIN_RULES } from "@/lib/rules/thresholds";
import { setupClinicAction } from "./actions";

export const metadata: Metadata = { title: "Set up your clinic" };

/** The first run: gone for good (404) once a clinic exists. */
export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await checkSetupToken(token);
  if (state.status === "unknown") notFound();
  return (
    <main className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-3xl font-bold text-brand-900">Set up your clinic</h1>
      {state.status === "valid" ? (
        <>
          <p className="mt-2 mb-6 text-slate-700">
            Name your clinic, check the pain-rule defaults every runner starts with, and create your own account: you become the clinic&apos;s first admin, who invites colleagues.
          </p>
          <SimpleForm
            action={setupClinicAction.bind(null, token)}
            submit="Create the clinic"
            pendingLabel="Creating…"
            fields={[
              ...clinicDetailsFields({ name: "", phone: "", requireSecondFactor: false, painRules: DEFAULT_PAIN_RULES }),
              { name: "adminName", label: "Your name", autoComplete: "name" },
              { kind: "email", name: "adminEmail", label: "Your email", autoComplete: "username" },
              { kind: "password", name: "password", label: "Choose a password", hint: "At least 10 characters.", autoComplete: "new-password" },
              { kind: "password", name: "confirm", label: "Type it again", autoComplete: "new-password" },
            ]}
          />
        </>
      ) : (
        <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-pain-red">
          {linkProblem[state.status]} Restart the server for a new set-up link.
        </p>
      )}
    </main>
  );
}

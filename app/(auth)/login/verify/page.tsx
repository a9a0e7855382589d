import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { signOut } from "@/auth";
import { SimpleForm } from "@/components/forms/simple-form";
import { getSessionUser } from "@/lib/auth/current-actor";
import { verifySecondFactorAction } from "./actions";

export const metadata: Metadata = { title: "Enter your code" };

/** After the password, the code: only for a session that owes one. */
export default async function VerifyPage() {
  const who = await getSessionUser();
  if (!who) redirect("/login");
  if (who.pendingStep !== "verify") redirect("/");
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-4 py-12">
      <h1 className="text-3xl font-bold text-brand-900">Enter your code</h1>
      <p className="mt-1 mb-6 text-slate-700">Open your authenticator app and enter the 6-digit code for StrideBack ({who.email}). Lost your phone? Enter one of your recovery codes instead.</p>
      <SimpleForm
        action={verifySecondFactorAction}
        submit="Continue"
        pendingLabel="Checking…"
        fields={[{ name: "code", label: "Code from your app, or a recovery code", autoComplete: "one-time-code" }]}
      />
      <form
        className="mt-6"
        action={async () => {
          "use server";
          await signOut({ redirectTo: "/login" });
        }}
      >
        <button type="submit" className="min-h-11 font-medium text-brand-700 underline">
          Cancel and sign out
        </button>
      </form>
    </main>
  );
}

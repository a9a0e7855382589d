import type { Metadata } from "next";
import Link from "next/link";
import { SimpleForm } from "@/components/forms/simple-form";
import { linkProblem } from "@/lib/data/account-tokens";
import { checkPasswordReset } from "@/lib/data/password-reset";
import { resetPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await checkPasswordReset(token);
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-4 py-12">
      <h1 className="text-3xl font-bold text-brand-900">Choose a new password</h1>
      {state.status === "valid" ? (
        <>
          <p className="mt-1 mb-6 text-slate-700">Every device signed in to your account will be signed out.</p>
          <SimpleForm
            action={resetPasswordAction.bind(null, token)}
            submit="Set the new password"
            pendingLabel="Saving…"
            fields={[
              { kind: "password", name: "password", label: "New password", hint: "At least 10 characters.", autoComplete: "new-password" },
              { kind: "password", name: "confirm", label: "Type it again", autoComplete: "new-password" },
            ]}
          />
        </>
      ) : (
        <>
          <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-pain-red">
            {linkProblem[state.status]}
          </p>
          <Link href="/forgot-password" className="mt-4 font-medium text-brand-700 underline">
            Ask for a new link
          </Link>
        </>
      )}
    </main>
  );
}

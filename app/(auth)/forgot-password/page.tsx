import type { Metadata } from "next";
import Link from "next/link";
import { SimpleForm } from "@/components/forms/simple-form";
import { forgotPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-4 py-12">
      <h1 className="text-3xl font-bold text-brand-900">Forgot your password?</h1>
      <p className="mt-1 mb-6 text-slate-700">Enter the email you sign in with. We will send a link to choose a new password.</p>
      <SimpleForm action={forgotPasswordAction} submit="Send the link" pendingLabel="Sending…" fields={[{ kind: "email", name: "email", label: "Email", autoComplete: "username" }]} />
      <Link href="/login" className="mt-6 font-medium text-brand-700 underline">
        Back to sign in
      </Link>
    </main>
  );
}

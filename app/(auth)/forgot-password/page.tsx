import type { Metadata } from "next";
import Link from "next/link";
import { SimpleForm } from "@/components/forms/simple-form";
import { LinkPage } from "@/components/link-page";
import { forgotPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <LinkPage title="Forgot your password?">
      <p className="mt-1 mb-6 text-slate-700">Enter the email you sign in with. We will send a link to choose a new password.</p>
      <SimpleForm action={forgotPasswordAction} submit="Send the link" pendingLabel="Sending…" fields={[{ kind: "email", name: "email", label: "Email", autoComplete: "username" }]} />
      <Link href="/login" className="mt-6 font-medium text-brand-700 underline">
        Back to sign in
      </Link>
    </LinkPage>
  );
}

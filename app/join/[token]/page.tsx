import type { Metadata } from "next";
import Link from "next/link";
import { SimpleForm } from "@/components/forms/simple-form";
import { linkProblem } from "@/lib/data/account-tokens";
import { checkClinicianInvite } from "@/lib/data/colleagues";
import { joinClinicAction } from "./actions";

export const metadata: Metadata = { title: "Join your clinic" };

export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await checkClinicianInvite(token);
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-4 py-12">
      <h1 className="text-3xl font-bold text-brand-900">StrideBack</h1>
      {invite.status === "valid" ? (
        <>
          <p className="mt-1 mb-6 text-slate-700">
            Welcome to {invite.clinic}, {invite.name}. Choose a password; you will sign in with {invite.email}.
          </p>
          <SimpleForm
            action={joinClinicAction.bind(null, token)}
            submit="Set password and join"
            pendingLabel="Joining…"
            fields={[
              { kind: "hidden", name: "username", value: invite.email ?? "" },
              { kind: "password", name: "password", label: "Choose a password", hint: "At least 10 characters.", autoComplete: "new-password" },
              { kind: "password", name: "confirm", label: "Type it again", autoComplete: "new-password" },
            ]}
          />
        </>
      ) : (
        <>
          <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-pain-red">
            {linkProblem[invite.status]} Your clinic&apos;s admin can send a new invite.
          </p>
          <Link href="/login" className="mt-4 font-medium text-brand-700 underline">
            Go to sign in
          </Link>
        </>
      )}
    </main>
  );
}

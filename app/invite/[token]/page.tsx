import type { Metadata } from "next";
import Link from "next/link";
import { checkInvite } from "@/lib/data/invites";
import { timeZoneNames } from "@/lib/dates";
import { acceptInviteAction } from "./actions";
import { AcceptForm } from "./accept-form";
import { inviteProblem } from "./problems";

export const metadata: Metadata = { title: "Join StrideBack" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await checkInvite(token);
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-4 py-12">
      <h1 className="text-3xl font-bold text-brand-900">StrideBack</h1>
      {invite.status === "valid" ? (
        <>
          <p className="mt-1 mb-6 text-slate-700">Welcome, {invite.name}. Choose a password to see your plan. You will sign in with {invite.email}.</p>
          <AcceptForm action={acceptInviteAction.bind(null, token)} email={invite.email} timeZone={invite.timeZone} zones={timeZoneNames()} />
        </>
      ) : (
        <>
          <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-pain-red">
            {inviteProblem[invite.status]}
          </p>
          <Link href="/login" className="mt-4 font-medium text-brand-700 underline">
            Go to sign in
          </Link>
        </>
      )}
    </main>
  );
}

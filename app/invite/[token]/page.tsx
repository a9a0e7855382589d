import type { Metadata } from "next";
import { LinkPage, LinkProblem } from "@/components/link-page";
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
    <LinkPage>
      {invite.status === "valid" ? (
        <>
          <p className="mt-1 mb-6 text-slate-700">Welcome, {invite.name}. Choose a password to see your plan. You will sign in with {invite.email}.</p>
          <AcceptForm action={acceptInviteAction.bind(null, token)} email={invite.email} timeZone={invite.timeZone} zones={timeZoneNames()} />
        </>
      ) : (
        <LinkProblem message={inviteProblem[invite.status]} href="/login" label="Go to sign in" />
      )}
    </LinkPage>
  );
}

import type { Metadata } from "next";
import { LinkPage, LinkProblem } from "@/components/link-page";
import { SimpleForm } from "@/components/forms/simple-form";
import { linkProblem } from "@/lib/data/account-tokens";
import { checkClinicianInvite } from "@/lib/data/colleagues";
import { joinClinicAction } from "./actions";

export const metadata: Metadata = { title: "Join your clinic" };

export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await checkClinicianInvite(token);
  return (
    <LinkPage>
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
        <LinkProblem message={`${linkProblem[invite.status]} Your clinic's admin can send a new invite.`} href="/login" label="Go to sign in" />
      )}
    </LinkPage>
  );
}

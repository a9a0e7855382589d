import type { Metadata } from "next";
import { LinkPage, LinkProblem } from "@/components/link-page";
import { SimpleForm } from "@/components/forms/simple-form";
import { linkProblem } from "@/lib/data/account-tokens";
import { checkPasswordReset } from "@/lib/data/password-reset";
import { resetPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await checkPasswordReset(token);
  return (
    <LinkPage title="Choose a new password">
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
        <LinkProblem message={linkProblem[state.status]} href="/forgot-password" label="Ask for a new link" />
      )}
    </LinkPage>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkPage, LinkProblem } from "@/components/link-page";
import { SimpleForm } from "@/components/forms/simple-form";
import { checkClinicianInvite } from "@/lib/data/colleagues";
import { joinClinicAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("links"))("joinTitle") };
}

export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invite, t] = await Promise.all([checkClinicianInvite(token), getTranslations("links")]);
  return (
    <LinkPage>
      {invite.status === "valid" ? (
        <>
          <p className="mt-1 mb-6 text-slate-700">{t("joinWelcome", { clinic: invite.clinic ?? "", name: invite.name ?? "", email: invite.email ?? "" })}</p>
          <SimpleForm
            action={joinClinicAction.bind(null, token)}
            submit={t("join")}
            pendingLabel={t("joining")}
            fields={[
              { kind: "hidden", name: "username", value: invite.email ?? "" },
              { kind: "password", name: "password", label: t("choosePassword"), hint: t("passwordHint"), autoComplete: "new-password" },
              { kind: "password", name: "confirm", label: t("again"), autoComplete: "new-password" },
            ]}
          />
        </>
      ) : (
        <LinkProblem message={t("askAdmin", { problem: t(`problems.${invite.status}`) })} href="/login" label={t("goToSignIn")} />
      )}
    </LinkPage>
  );
}

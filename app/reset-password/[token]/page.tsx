import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkPage, LinkProblem } from "@/components/link-page";
import { SimpleForm } from "@/components/forms/simple-form";
import { checkPasswordReset } from "@/lib/data/password-reset";
import { resetPasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("links"))("resetTitle") };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [state, t] = await Promise.all([checkPasswordReset(token), getTranslations("links")]);
  return (
    <LinkPage title={t("resetTitle")}>
      {state.status === "valid" ? (
        <>
          <p className="mt-1 mb-6 text-slate-700">{t("resetIntro")}</p>
          <SimpleForm
            action={resetPasswordAction.bind(null, token)}
            submit={t("setPassword")}
            fields={[
              { kind: "password", name: "password", label: t("newPassword"), hint: t("passwordHint"), autoComplete: "new-password" },
              { kind: "password", name: "confirm", label: t("again"), autoComplete: "new-password" },
            ]}
          />
        </>
      ) : (
        <LinkProblem message={t(`problems.${state.status}`)} href="/forgot-password" label={t("askNewLink")} />
      )}
    </LinkPage>
  );
}

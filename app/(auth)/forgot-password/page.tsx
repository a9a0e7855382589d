import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { SimpleForm } from "@/components/forms/simple-form";
import { LinkPage } from "@/components/link-page";
import { forgotPasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("links"))("forgotTitle") };
}

export default function ForgotPasswordPage() {
  const t = useTranslations("links");
  return (
    <LinkPage title={t("forgotTitle")}>
      <p className="mt-1 mb-6 text-slate-700">{t("forgotIntro")}</p>
      <SimpleForm action={forgotPasswordAction} submit={t("sendLink")} pendingLabel={t("sending")} fields={[{ kind: "email", name: "email", label: t("email"), autoComplete: "username" }]} />
      <Link href="/login" className="mt-6 font-medium text-brand-700 underline">
        {t("backToSignIn")}
      </Link>
    </LinkPage>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

/** Nobody is known yet: the page follows the browser's language. */
export default async function LoginPage({ searchParams }: { searchParams: Promise<{ closed?: string }> }) {
  const [{ closed }, t] = await Promise.all([searchParams, getTranslations("signIn")]);
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-4 py-12">
      <h1 className="text-3xl font-bold text-brand-900">StrideBack</h1>
      <p className="mt-1 mb-8 text-slate-600">{t("tagline")}</p>
      {closed ? (
        <p role="status" className="mb-6 rounded-md bg-brand-50 p-3 text-sm">
          {t("closed")}
        </p>
      ) : null}
      <LoginForm words={{ email: t("email"), password: t("password"), submit: t("submit"), signingIn: t("signingIn") }} />
      <Link href="/forgot-password" className="mt-6 font-medium text-brand-700 underline">
        {t("forgot")}
      </Link>
    </main>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { signOut } from "@/auth";
import { SimpleForm } from "@/components/forms/simple-form";
import { getSessionUser } from "@/lib/auth/current-actor";
import { verifySecondFactorAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("links"))("verifyTitle") };
}

/** After the password, the code: only for a session that owes one. */
export default async function VerifyPage() {
  const who = await getSessionUser();
  if (!who) redirect("/login");
  if (who.pendingStep !== "verify") redirect("/");
  const t = await getTranslations("links");
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-4 py-12">
      <h1 className="text-3xl font-bold text-brand-900">{t("verifyTitle")}</h1>
      <p className="mt-1 mb-6 text-slate-700">{t("verifyIntro", { email: who.email })}</p>
      <SimpleForm
        action={verifySecondFactorAction}
        submit={t("continue")}
        pendingLabel={t("checking")}
        fields={[{ name: "code", label: t("code"), autoComplete: "one-time-code" }]}
      />
      <form
        className="mt-6"
        action={async () => {
          "use server";
          await signOut({ redirectTo: "/login" });
        }}
      >
        <button type="submit" className="min-h-11 font-medium text-brand-700 underline">
          {t("cancelSignOut")}
        </button>
      </form>
    </main>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkPage, LinkProblem } from "@/components/link-page";
import { checkInvite } from "@/lib/data/invites";
import { timeZoneNames } from "@/lib/dates";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { acceptInviteAction } from "./actions";
import { AcceptForm } from "./accept-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invite"))("title") };
}

/**
 * A runner's invite, in the language their clinician chose for them (they can change it here); a link that
 * cannot be used says why in the browser's language, since nobody is known yet.
 */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await checkInvite(token);
  if (invite.status !== "valid") {
    const t = await getTranslations("invite");
    return (
      <LinkPage>
        <LinkProblem message={t(`problems.${invite.status}`)} href="/login" label={t("goToSignIn")} />
      </LinkPage>
    );
  }
  const [t, language] = await Promise.all([getTranslations({ locale: invite.locale, namespace: "invite" }), getTranslations({ locale: invite.locale, namespace: "language" })]);
  return (
    <LinkPage lang={invite.locale}>
      <p className="mt-1 mb-6 text-slate-700">{t("welcome", { name: invite.name, email: invite.email })}</p>
      <AcceptForm
        action={acceptInviteAction.bind(null, token)}
        email={invite.email}
        timeZone={invite.timeZone}
        zones={timeZoneNames()}
        locale={invite.locale}
        languages={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
        words={{
          password: t("password"),
          passwordHint: t("passwordHint"),
          confirm: t("confirm"),
          timeZone: t("timeZone"),
          timeZoneHint: t("timeZoneHint"),
          language: language("label"),
          settingUp: t("settingUp"),
          submit: t("submit"),
        }}
      />
    </LinkPage>
  );
}

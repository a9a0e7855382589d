import { AppHeader } from "@/components/app-header";
import { LockNotice } from "@/components/lock-notice";
import { getSession, requireClinician } from "@/lib/auth/current-actor";
import { totalUnread } from "@/lib/data/messages";
import { getTranslations } from "next-intl/server";
import { ClinicWords } from "./clinic-words";

export default async function ClinicLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireClinician();
  const [session, unread, t] = await Promise.all([getSession(), totalUnread(actor), getTranslations("clinicNav")]);
  return (
    <>
      <AppHeader home="/clinic" name={session?.user.name ?? ""} links={[
          { href: "/clinic", label: t("caseload") },
          { href: "/clinic/messages", label: t("messages"), unread },
          { href: "/clinic/library", label: t("library") },
          { href: "/clinic/discharged", label: t("discharged") },
          { href: "/clinic/outcomes", label: t("outcomes") },
          { href: "/clinic/audit", label: t("audit") },
          ...(actor.admin ? [{ href: "/clinic/team", label: t("team") }] : []),
          { href: "/clinic/settings", label: t("settings") },
        ]} />
      <main id="content" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 outline-none">
        <LockNotice />
        <ClinicWords>{children}</ClinicWords>
      </main>
    </>
  );
}

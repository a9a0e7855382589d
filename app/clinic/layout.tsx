import { AppHeader } from "@/components/app-header";
import { LockNotice } from "@/components/lock-notice";
import { getSession, requireClinician } from "@/lib/auth/current-actor";
import { totalUnread } from "@/lib/data/messages";

export default async function ClinicLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireClinician();
  const [session, unread] = await Promise.all([getSession(), totalUnread(actor)]);
  return (
    <>
      <AppHeader home="/clinic" name={session?.user.name ?? ""} links={[{ href: "/clinic", label: "Caseload" }, { href: "/clinic/messages", label: "Messages", unread }, { href: "/clinic/library", label: "Exercise library" }, { href: "/clinic/discharged", label: "Discharged" }, { href: "/clinic/outcomes", label: "Outcomes" }, { href: "/clinic/audit", label: "Audit log" }, ...(actor.admin ? [{ href: "/clinic/team", label: "Clinic and team" }] : []), { href: "/clinic/settings", label: "Settings" }]} />
      <main id="content" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 outline-none">
        <LockNotice />
        {children}
      </main>
    </>
  );
}

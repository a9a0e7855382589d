import { AppHeader } from "@/components/app-header";
import { LockNotice } from "@/components/lock-notice";
import { RunnerOffline } from "@/components/offline/runner-offline";
import { getSession, requireRunner } from "@/lib/auth/current-actor";
import { totalUnread } from "@/lib/data/messages";

export default async function RunnerLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireRunner();
  const [session, unread] = await Promise.all([getSession(), totalUnread(actor)]);
  return (
    <>
      <AppHeader home="/today" name={session?.user.name ?? ""} links={[{ href: "/today", label: "Today" }, { href: "/history", label: "History" }, { href: "/progress", label: "Progress" }, { href: "/messages", label: unread ? `Messages (${unread} unread)` : "Messages" }, { href: "/settings", label: "Settings" }]} />
      <main className="mx-auto max-w-xl px-4 py-5">
        <LockNotice />
        <RunnerOffline runnerId={actor.id}>{children}</RunnerOffline>
      </main>
    </>
  );
}

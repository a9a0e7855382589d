import { AppHeader } from "@/components/app-header";
import { LockNotice } from "@/components/lock-notice";
import { RunnerOffline } from "@/components/offline/runner-offline";
import { getSession, requireRunner } from "@/lib/auth/current-actor";
import { totalUnread } from "@/lib/data/messages";
import { getLocale, getTranslations } from "next-intl/server";

export default async function RunnerLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireRunner();
  const [session, unread, t, outbox, locale] = await Promise.all([getSession(), totalUnread(actor), getTranslations("runnerNav"), getTranslations("outbox"), getLocale()]);
  return (
    <>
      <AppHeader
        home="/today"
        name={session?.user.name ?? ""}
        tabs
        links={[
          { href: "/today", label: t("today") },
          { href: "/log", label: t("log"), also: ["/check-in", "/history", "/worry", "/lefs", "/measures"] },
          { href: "/progress", label: t("progress") },
          { href: "/messages", label: t("messages"), unread },
          { href: "/more", label: t("more"), also: ["/settings", "/programme", "/red-flags"] },
        ]}
      />
      {/* Bottom padding keeps the last control clear of the phone's tab bar. */}
      <main id="content" tabIndex={-1} className="mx-auto max-w-xl px-4 pt-5 pb-24 outline-none sm:pb-5">
        <LockNotice />
        <RunnerOffline
          runnerId={actor.id}
          locale={locale}
          words={{
            kinds: { run: outbox("run"), session: outbox("session"), checkin: outbox("checkin"), worry: outbox("worry"), runfile: outbox("runfile"), measure: outbox("measure") },
            on: outbox.raw("on"),
            region: outbox("region"),
            backOnline: outbox("backOnline"),
            seeIt: outbox("seeIt"),
            refused: outbox.raw("refused"),
            refusedReason: outbox("refusedReason"),
            redFlagHint: outbox("redFlagHint"),
            waiting: outbox("waiting"),
            since: outbox.raw("since"),
            sent: outbox.raw("sent"),
          }}
        >
          {children}
        </RunnerOffline>
      </main>
    </>
  );
}

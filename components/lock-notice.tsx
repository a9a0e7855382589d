import { getLocale, getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/current-actor";
import { formatDateTime } from "@/lib/date-format";
import { dismissLockNoticeAction } from "@/lib/actions/account";

/** Tells the account owner, once signed in, that sign-in was locked after repeated failed attempts. */
export async function LockNotice() {
  const session = await getSession();
  if (!session?.lockNoticeAt) return null;
  const [t, locale] = await Promise.all([getTranslations("account"), getLocale()]);
  const at = formatDateTime(new Date(session.lockNoticeAt), "UTC", locale);
  return (
    <section role="alert" aria-label={t("lockedLabel")} className="mb-4 rounded-md border-2 border-pain-amber bg-amber-50 p-3 text-sm">
      <p className="font-semibold">{t("locked", { at })}</p>
      <p className="mb-2">{t("lockedHint")}</p>
      <form action={dismissLockNoticeAction}>
        <button type="submit" className="min-h-11 rounded-md border border-slate-400 bg-white px-3 font-semibold">
          {t("lockedRead")}
        </button>
      </form>
    </section>
  );
}

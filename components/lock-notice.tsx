import { getSession } from "@/lib/auth/current-actor";
import { formatDateTime } from "@/lib/date-format";
import { dismissLockNoticeAction } from "@/lib/actions/account";

/** Tells the account owner, once signed in, that sign-in was locked after repeated failed attempts. */
export async function LockNotice() {
  const session = await getSession();
  if (!session?.lockNoticeAt) return null;
  const at = formatDateTime(new Date(session.lockNoticeAt), "UTC");
  return (
    <section role="alert" aria-label="Sign-in was locked" className="mb-4 rounded-md border-2 border-pain-amber bg-amber-50 p-3 text-sm">
      <p className="font-semibold">Sign-in to your account was locked on {at} (UTC) after repeated wrong passwords.</p>
      <p className="mb-2">If that was not you, change your password in Settings.</p>
      <form action={dismissLockNoticeAction}>
        <button type="submit" className="min-h-11 rounded-md border border-slate-400 bg-white px-3 font-semibold">
          I have read this
        </button>
      </form>
    </section>
  );
}

/** What a log form shows once its entry is kept on the phone for later (components/offline/outbox). */
export function OfflineKept({ what }: { what: string }) {
  return (
    <p role="status" className="rounded-md bg-amber-50 p-3 text-sm">
      You are offline. Your {what} is kept on this phone, waiting to send: it goes to your physio as soon as there is a connection (keep StrideBack open, or open it again later).
    </p>
  );
}

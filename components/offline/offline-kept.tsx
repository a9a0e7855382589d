/** What a log form shows once its entry is kept on the phone for later (components/offline/outbox). */
export function OfflineKept({ message }: { message: string }) {
  return (
    <p role="status" className="rounded-md bg-amber-50 p-3 text-sm">
      {message}
    </p>
  );
}

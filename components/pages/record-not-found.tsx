import Link from "next/link";

/**
 * A record that does not exist and one that is not the visitor's to see read the same (the data layer
 * answers "not found" for both): name what was looked for, and offer the way back to the list it lives in.
 */
export function RecordNotFound({ what, back }: { what: string; back: { href: string; label: string } }) {
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-2xl font-semibold">{what} not found</h1>
      <p className="mt-2 text-slate-600">It does not exist, or it is not yours to see.</p>
      <Link href={back.href} className="mt-6 inline-flex min-h-11 items-center font-medium text-brand-700 underline">
        {back.label}
      </Link>
    </div>
  );
}

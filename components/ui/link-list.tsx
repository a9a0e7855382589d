import Link from "next/link";

/** A hub page's destinations: one large row per link, with a line saying what is behind it. */
export function LinkList({ label, items }: { label: string; items: { href: string; title: string; detail: string }[] }) {
  return (
    <ul aria-label={label} className="flex flex-col divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href} prefetch={false} className="flex min-h-14 flex-col justify-center px-4 py-2 hover:bg-brand-50">
            <span className="font-medium text-brand-700">{item.title}</span>
            <span className="text-sm text-slate-600">{item.detail}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

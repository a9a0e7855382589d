import Link from "next/link";
import { SignOutButton } from "./sign-out-button";

/** Brand, who is signed in and sign-out on one row; the section links on a second row that never wraps. */
export function AppHeader({ home, name, links }: { home: string; name: string; links: { href: string; label: string }[] }) {
  return (
    <header className="bg-brand-900 text-white">
      <div className="mx-auto max-w-6xl px-4">
        <div className="flex items-center gap-3 pt-1">
          <Link href={home} prefetch={false} className="text-lg font-bold">
            StrideBack
          </Link>
          <span className="ml-auto truncate text-sm text-brand-100">{name}</span>
          <SignOutButton />
        </div>
        <nav aria-label="Main" className="-mx-1 flex gap-1 overflow-x-auto text-sm">
          {/* No prefetch: on a phone, every page view would otherwise render every section on the server and
              send it down the runner's data plan; a tap loads the one page wanted. */}
          {links.map((l) => (
            <Link key={l.href} href={l.href} prefetch={false} className="inline-flex min-h-11 shrink-0 items-center rounded px-2 hover:bg-brand-700">
              {l.label}
            </Link>
          ))}
        </nav>
      </div>
    </header>
  );
}

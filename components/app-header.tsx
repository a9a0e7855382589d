import Link from "next/link";
import { SignOutButton } from "./sign-out-button";

export function AppHeader({ home, name, links }: { home: string; name: string; links: { href: string; label: string }[] }) {
  return (
    <header className="bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
        <Link href={home} className="text-lg font-bold">
          StrideBack
        </Link>
        <nav aria-label="Main" className="flex flex-1 flex-wrap gap-3 text-sm">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className="min-h-11 content-center hover:underline">
              {l.label}
            </Link>
          ))}
        </nav>
        <span className="text-sm text-brand-100">{name}</span>
        <SignOutButton />
      </div>
    </header>
  );
}

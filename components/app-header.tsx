import Link from "next/link";
import { MainNav, type NavLink } from "./nav/main-nav";
import { SignOutButton } from "./sign-out-button";

/**
 * The skip link (the first stop of Tab), brand, who is signed in and sign-out on one row, then the
 * main navigation: a row under the header, or the runner's bottom tab bar on a phone (`tabs`).
 * Every layout that uses the header gives its `<main>` the id "content".
 */
export function AppHeader({ home, name, links, tabs = false }: { home: string; name: string; links: NavLink[]; tabs?: boolean }) {
  return (
    <header className="bg-brand-900 text-white print:hidden">
      <a
        href="#content"
        className="sr-only rounded-md bg-white px-3 py-2 text-sm font-semibold text-brand-900 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-30"
      >
        Skip to content
      </a>
      <div className="mx-auto max-w-6xl px-4">
        <div className="flex items-center gap-3 pt-1">
          <Link href={home} prefetch={false} className="text-lg font-bold">
            StrideBack
          </Link>
          <span className="ml-auto truncate text-sm text-brand-100">{name}</span>
          <SignOutButton />
        </div>
        <MainNav links={links} home={home} tabs={tabs} />
      </div>
    </header>
  );
}

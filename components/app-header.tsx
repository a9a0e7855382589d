import Link from "next/link";
import { useTranslations } from "next-intl";
import { MainNav, type NavLink } from "./nav/main-nav";
import { SignOutButton } from "./sign-out-button";

/**
 * The skip link (the first stop of Tab), brand, who is signed in and sign-out on one row, then the
 * main navigation: a row under the header, or the runner's bottom tab bar on a phone (`tabs`).
 * Every layout that uses the header gives its `<main>` the id "content".
 */
export function AppHeader({ home, name, links, tabs = false }: { home: string; name: string; links: NavLink[]; tabs?: boolean }) {
  const t = useTranslations("header");
  return (
    <header className="relative bg-brand-900 text-white print:hidden">
      <a
        href="#content"
        className="sr-only rounded-md bg-white px-3 py-2 text-sm font-semibold text-brand-900 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-30"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto max-w-6xl px-4">
        {/* One flex row that wraps: the navigation goes under it from `sm` up, and beside the brand on a phone
            (the clinic's "Menu"; the runner's tab bar is fixed to the bottom of the screen). */}
        <div className="flex flex-wrap items-center gap-x-3 pt-1">
          <Link href={home} prefetch={false} className="text-lg font-bold">
            StrideBack
          </Link>
          {/* A zero basis: the name shrinks (truncated) rather than pushing "Sign out" onto a second row. */}
          <div className="order-2 flex min-w-0 grow basis-0 items-center justify-end gap-3">
            <span className="min-w-0 truncate text-sm text-brand-100">{name}</span>
            <div className="shrink-0 whitespace-nowrap">
              <SignOutButton />
            </div>
          </div>
          <div className="order-1 sm:order-3 sm:basis-full">
            <MainNav links={links} home={home} tabs={tabs} words={{ main: t("mainNavigation"), menu: t("menu"), unread: t.raw("unread") }} />
          </div>
        </div>
      </div>
    </header>
  );
}

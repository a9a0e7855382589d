"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, useState, useSyncExternalStore } from "react";
import { fill } from "@/lib/i18n/fill";

export type NavLink = {
  href: string;
  label: string;
  /** Unread messages: shown as a badge, read out as "(n unread)". */
  unread?: number;
  /** Other paths that belong to this section (the Log tab is current on /log/run and /history). */
  also?: string[];
};

function isCurrent(pathname: string, link: NavLink, home: string) {
  const under = (p: string) => pathname === p || (p !== home && pathname.startsWith(`${p}/`));
  return [link.href, ...(link.also ?? [])].some(under);
}

/**
 * The main navigation. On a runner's phone it is a bottom tab bar (five tabs within a thumb's reach), from
 * the `sm` breakpoint a row under the header. The clinic's is always a row, folded behind "Menu" on a phone.
 * The link for the page you are on carries `aria-current="page"`, which screen readers announce and the
 * styles mark.
 */
/** The navigation's own words, from the server; `unread` keeps {count} for the badge's number. */
export interface NavWords {
  main: string;
  menu: string;
  unread: string;
}

const unreadWords = (words: NavWords, count: number) => ` ${fill(words.unread, { count })}`;

export function MainNav({ links, home, tabs, words }: { links: NavLink[]; home: string; tabs: boolean; words: NavWords }) {
  const pathname = usePathname();
  const link = tabs
    ? "flex min-h-14 flex-col items-center justify-center text-xs font-medium text-slate-700 aria-[current=page]:text-brand-700 aria-[current=page]:bg-brand-50 sm:min-h-11 sm:flex-row sm:rounded sm:px-2 sm:text-sm sm:text-white sm:hover:bg-brand-700 sm:aria-[current=page]:bg-brand-700 sm:aria-[current=page]:text-white"
    : "inline-flex min-h-11 items-center rounded px-2 text-sm hover:bg-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:underline aria-[current=page]:underline-offset-4";
  // No prefetch: on a phone, every page view would otherwise render every section on the server and
  // send it down the runner's data plan; a tap loads the one page wanted.
  const items = links.map((l) => (
    <Link key={l.href} href={l.href} prefetch={false} aria-current={isCurrent(pathname, l, home) ? "page" : undefined} className={link}>
      <span className="inline-flex items-center gap-1">
        {l.label}
        <UnreadBadge count={l.unread} />
      </span>
      {l.unread ? <span className="sr-only">{unreadWords(words, l.unread)}</span> : null}
    </Link>
  ));
  if (!tabs) return <CollapsingNav unread={links.reduce((n, l) => n + (l.unread ?? 0), 0)} words={words}>{items}</CollapsingNav>;
  return (
    <nav
      aria-label={words.main}
      className="fixed inset-x-0 bottom-0 z-20 grid grid-cols-5 border-t border-slate-300 bg-white pb-[env(safe-area-inset-bottom)] sm:static sm:flex sm:gap-1 sm:border-0 sm:bg-transparent sm:pb-0"
    >
      {items}
    </nav>
  );
}

const UnreadBadge = ({ count }: { count?: number }) =>
  count ? (
    <span aria-hidden className="rounded-full bg-pain-red px-1.5 text-[0.7rem] font-semibold leading-5 text-white">
      {count}
    </span>
  ) : null;

const noSubscription = () => () => {};

/**
 * The clinic's row of links, folded behind a "Menu" button on a phone so a runner's record starts near the
 * top of the screen. Without JavaScript (or before it loads) the links simply show, wrapped.
 */
function CollapsingNav({ unread, words, children }: { unread: number; words: NavWords; children: React.ReactNode }) {
  const pathname = usePathname();
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  // Open for the page it was opened on: following a link folds it again.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const id = useId();
  return (
    <nav aria-label={words.main} className="-mx-1 pb-1 sm:pb-0">
      {hydrated ? (
        <button
          type="button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpenOn(open ? null : pathname)}
          className="inline-flex min-h-11 items-center gap-1 rounded px-2 text-sm font-medium hover:bg-brand-700 sm:hidden"
        >
          {words.menu}
          <UnreadBadge count={unread} />
          {unread ? <span className="sr-only">{unreadWords(words, unread)}</span> : null}
        </button>
      ) : null}
      {/* On a phone the open menu drops over the page under the header, so the page does not jump. */}
      <div
        id={id}
        className={`flex-wrap gap-x-1 ${hydrated && !open ? "hidden sm:flex" : "flex"} ${hydrated ? "max-sm:absolute max-sm:inset-x-0 max-sm:top-full max-sm:z-30 max-sm:bg-brand-900 max-sm:px-3 max-sm:pb-2 max-sm:shadow-lg" : ""}`}
      >
        {children}
      </div>
    </nav>
  );
}

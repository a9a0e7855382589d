"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

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
 * The main navigation. On a runner's phone it is a bottom tab bar (five tabs within a thumb's reach);
 * from the `sm` breakpoint, and always for the clinic, a row under the header. The link for the page
 * you are on carries `aria-current="page"`, which screen readers announce and the styles underline.
 */
export function MainNav({ links, home, tabs }: { links: NavLink[]; home: string; tabs: boolean }) {
  const pathname = usePathname();
  const layout = tabs
    ? "fixed inset-x-0 bottom-0 z-20 grid grid-cols-5 border-t border-slate-300 bg-white pb-[env(safe-area-inset-bottom)] sm:static sm:flex sm:gap-1 sm:border-0 sm:bg-transparent sm:pb-0"
    : "-mx-1 flex flex-wrap gap-x-1";
  const link = tabs
    ? "flex min-h-14 flex-col items-center justify-center text-xs font-medium text-slate-700 aria-[current=page]:text-brand-700 aria-[current=page]:bg-brand-50 sm:min-h-11 sm:flex-row sm:rounded sm:px-2 sm:text-sm sm:text-white sm:hover:bg-brand-700 sm:aria-[current=page]:bg-brand-700 sm:aria-[current=page]:text-white"
    : "inline-flex min-h-11 items-center rounded px-2 text-sm hover:bg-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:underline aria-[current=page]:underline-offset-4";
  return (
    <nav aria-label="Main" className={layout}>
      {/* No prefetch: on a phone, every page view would otherwise render every section on the server and
          send it down the runner's data plan; a tap loads the one page wanted. */}
      {links.map((l) => (
        <Link key={l.href} href={l.href} prefetch={false} aria-current={isCurrent(pathname, l, home) ? "page" : undefined} className={link}>
          <span className="inline-flex items-center gap-1">
            {l.label}
            {l.unread ? (
              <span aria-hidden className="rounded-full bg-pain-red px-1.5 text-[0.7rem] font-semibold leading-5 text-white">
                {l.unread}
              </span>
            ) : null}
          </span>
          {l.unread ? <span className="sr-only"> ({l.unread} unread)</span> : null}
        </Link>
      ))}
    </nav>
  );
}

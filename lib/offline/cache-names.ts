/** The service worker's cache of the runner's pages (lib/offline/sw.ts), deleted at sign-out. */
export const PAGES_CACHE = "strideback-pages";

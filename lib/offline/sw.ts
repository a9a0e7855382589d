/// <reference lib="webworker" />
import { CacheableResponsePlugin, ExpirationPlugin, NetworkFirst, type PrecacheEntry, Serwist } from "serwist";
import { PAGES_CACHE } from "./cache-names";
import { keepSharedRuns, SHARE_TARGET, SHARED_FILES_FIELD, SHARED_LANDING } from "./shared-runs";

/*
 * StrideBack's service worker, built by scripts/build-sw.ts after `next build` into public/sw.js.
 * - The app's scripts and styles (every file of .next/static, content-hashed) are precached on install,
 *   so a page opened offline still comes to life.
 * - The runner's pages are network first, falling back to the copy kept from the last visit when there is
 *   no connection (after 4 s of silence too): today's plan and the log forms open offline. Entries made
 *   offline wait in the page's own outbox (components/offline), never here.
 * - A run shared from the watch's app to the installed app (the manifest's share target) is kept on the
 *   phone and the runner sent on to the import page, which reads it: a share works without a connection.
 * - Anything else (API calls, server actions, other people's pages) goes to the network untouched.
 */
declare global {
  interface WorkerGlobalScope {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope & WorkerGlobalScope;

/** The runner's pages that must open without a connection. */
const OFFLINE_PAGES = /^\/(today|log\/run|log\/run\/import|log\/session|check-in|worry|messages|measures\/(psfs|groc))$/;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.mode === "navigate" && OFFLINE_PAGES.test(url.pathname),
      handler: new NetworkFirst({
        cacheName: PAGES_CACHE,
        networkTimeoutSeconds: 4,
        plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 20, maxAgeSeconds: 7 * 24 * 60 * 60 })],
      }),
    },
  ],
});

// The pages kept for offline use hold the runner's plan, so they go with the session (the phone may be
// shared): the sign-out button deletes them (components/forget-offline-copies), and so does any full load
// of /login, the page a session that ended lands on. Entries still waiting to be sent are not here.
self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.mode === "navigate" && url.origin === self.location.origin && url.pathname === "/login") {
    event.waitUntil(caches.delete(PAGES_CACHE));
  }
});

// The share target: the files are kept for the import page (lib/offline/shared-runs), never sent from
// here. A share the phone cannot read as a form still lands on the import page, which says nothing came.
self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "POST" || url.origin !== self.location.origin || url.pathname !== SHARE_TARGET) return;
  event.respondWith(
    (async () => {
      const form = await event.request.formData().catch(() => null);
      const files = (form?.getAll(SHARED_FILES_FIELD) ?? []).filter((f): f is File => typeof f !== "string" && f.size > 0);
      if (files.length > 0) await keepSharedRuns(files);
      return Response.redirect(new URL(SHARED_LANDING, self.location.origin).href, 303);
    })(),
  );
});

// Reminders and message alerts for a runner who turned notifications on (lib/push): what to show, and where
// a tap leads. The words carry no clinical detail: a notification shows on a lock screen.
self.addEventListener("push", (event) => {
  const { title = "StrideBack", body = "", url = "/today" } = (event.data?.json() ?? {}) as { title?: string; body?: string; url?: string };
  event.waitUntil(self.registration.showNotification(title, { body, icon: "/icons/icon-192.png", data: { url } }));
});
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL(String(event.notification.data?.url ?? "/today"), self.location.origin);
  // Only the app's own pages open from a notification.
  event.waitUntil(self.clients.openWindow(url.origin === self.location.origin ? url.href : "/today"));
});

serwist.addEventListeners();

"use client";

import { useEffect } from "react";

/**
 * Installs the service worker (public/sw.js, built with the production build) on the runner's pages:
 * from the second visit on, today's plan and the log forms open without a connection. Not in development,
 * where public/sw.js may be from an older build.
 */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    void navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
  }, []);
  return null;
}

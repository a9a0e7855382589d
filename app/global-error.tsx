"use client";

import { useSyncExternalStore } from "react";
import { proposedLocale } from "@/lib/i18n/locales";
import LAST_RESORT from "@/lib/i18n/messages/last-resort.json";

/*
 * The last resort when even the layout failed: its own html and body, no app styles, no session and no
 * message files to rely on. Its three lines, in every language, live in their own small message file;
 * the browser's languages choose one.
 */
const noChange = () => () => {};

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // The browser's languages on the phone, English in the server's render (there is no request to ask).
  const locale = useSyncExternalStore(noChange, () => proposedLocale(navigator.languages.join(",")), () => "en" as const);
  const words = LAST_RESORT[locale];
  return (
    <html lang={locale}>
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "32rem", margin: "4rem auto", padding: "0 1rem" }}>
        <h1>{words.title}</h1>
        <p role="alert">{words.body}</p>
        <button type="button" onClick={reset} style={{ minHeight: 44, padding: "0 1rem" }}>
          {words.retry}
        </button>
      </body>
    </html>
  );
}

"use client";

/** The last resort when even the layout failed: its own html and body, no app styles to rely on. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "32rem", margin: "4rem auto", padding: "0 1rem" }}>
        <h1>StrideBack could not load</h1>
        <p role="alert">Something went wrong on our side. If StrideBack cannot reach its database, nothing you entered is lost: try again in a minute.</p>
        <button type="button" onClick={reset} style={{ minHeight: 44, padding: "0 1rem" }}>
          Try again
        </button>
      </body>
    </html>
  );
}

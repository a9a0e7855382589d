/*
 * The response headers every StrideBack answer carries (docs/security.md). The content security policy
 * is per request: scripts run only with that request's nonce ('strict-dynamic' lets Next's own chunks
 * load), nothing may frame the app, and forms post only to itself. Styles allow inline attributes, which
 * the charts draw with; no script can be injected through a style.
 */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development") {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers for every response, pages and API alike (set in next.config.ts). */
export function staticSecurityHeaders(production: boolean) {
  return [
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // Invite links carry their token in the path: never hand a URL to another site. ("no-referrer" would
    // also make browsers send "Origin: null" on form posts, which Next's CSRF check rightly refuses.)
    { key: "Referrer-Policy", value: "same-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

/*
 * The address StrideBack is reached at, for links that leave the app (invites). Only configuration decides
 * it, never a request's Host header, which anyone can set: a forged host must not turn an invite into a
 * link to someone else's site. Production requires it; development falls back to the local dev server.
 */
export function publicUrl(): string {
  const configured = process.env.STRIDEBACK_PUBLIC_URL || process.env.AUTH_URL;
  if (configured) return configured;
  if (process.env.NODE_ENV === "production") throw new Error("STRIDEBACK_PUBLIC_URL is not set");
  return `http://localhost:${process.env.PORT ?? 3000}`;
}

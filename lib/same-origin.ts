/**
 * Whether a form post came from a StrideBack page. Server actions check this themselves; a route handler
 * that takes a multipart form (which a cross-site page can send without asking) must check it too.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

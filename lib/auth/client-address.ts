/*
 * The client's address for throttling. Behind a proxy the nearest hop appends the real address last to
 * X-Forwarded-For (Next's own server adds it when there is no proxy); the first entries are whatever the
 * client sent, so only the last is trusted. Deployments behind more than one proxy set
 * STRIDEBACK_PROXY_HOPS to the number of proxies they run.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const hops = Math.max(1, Number(process.env.STRIDEBACK_PROXY_HOPS) || 1);
  return forwarded[forwarded.length - hops] ?? forwarded[0] ?? headers.get("x-real-ip") ?? "unknown";
}

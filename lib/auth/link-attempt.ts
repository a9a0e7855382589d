import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "./client-address";
import { gate, policies, recordFailure, throttleKey } from "./throttle";

/*
 * Redeeming a one-time link (a runner's invite, a colleague's invite, a password reset) from a form. Guessing
 * tokens is throttled per address, like sign-in: a blocked address is refused before the link is looked at,
 * and a link that does not work counts as a failure. One throttle for every kind of link.
 */
export type LinkAttempt<R> = R | { status: "throttled"; retryAfterSeconds: number };

export async function redeemLink<R extends { status: string }>(redeem: () => Promise<R>): Promise<LinkAttempt<R>> {
  const key = throttleKey("invite", clientAddress(await headers()));
  const g = await gate(key, policies.invite());
  if (g.blocked) return { status: "throttled", retryAfterSeconds: g.retryAfterSeconds };
  const result = await redeem();
  if (result.status !== "valid") await recordFailure(key, policies.invite());
  return result;
}

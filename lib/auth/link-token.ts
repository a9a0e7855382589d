import { createHash, randomBytes } from "node:crypto";

/*
 * The secret in a one-time link (an invite, a set-up or a password-reset link): 256 random bits, in the
 * link only. The database keeps its SHA-256, so a copy of the database opens no account.
 */
export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

export function linkTokenDigest(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

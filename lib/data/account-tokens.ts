import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db";
import { type AccountTokenPurpose, accountTokens } from "@/db/schema";
import { linkTokenDigest, newLinkToken } from "@/lib/auth/link-token";

/*
 * One-time links that open an account: the clinic's set-up link, a colleague's invite, a password reset.
 * Single use is the database's doing: redeeming locks the row, and a second redemption, concurrent or
 * later, finds it used. A new link of a purpose for a user revokes that user's older ones.
 */
export const TOKEN_LIFETIME_MINUTES: Record<AccountTokenPurpose, number> = {
  setup: 60,
  clinician_invite: 7 * 24 * 60,
  password_reset: 30,
};

export async function issueAccountToken(tx: Queryable, purpose: AccountTokenPurpose, userId: string | null, createdBy: string | null) {
  if (userId) {
    await tx
      .update(accountTokens)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt), isNull(accountTokens.revokedAt)));
  }
  const token = newLinkToken();
  const [row] = await tx
    .insert(accountTokens)
    .values({ purpose, userId, createdBy, tokenHash: linkTokenDigest(token), expiresAt: sql`now() + make_interval(mins => ${TOKEN_LIFETIME_MINUTES[purpose]})` })
    .returning({ id: accountTokens.id });
  return { id: row!.id, token };
}

export type TokenState = { status: "valid"; id: string; userId: string | null } | { status: "unknown" | "used" | "expired" | "revoked" };

/** What a link is worth now; `lock` holds the row for the rest of the transaction (to redeem it). */
export async function tokenState(tx: Queryable, purpose: AccountTokenPurpose, token: string, lock = false): Promise<TokenState> {
  if (typeof token !== "string" || token.length < 20 || token.length > 100) return { status: "unknown" };
  const query = tx
    .select({ id: accountTokens.id, userId: accountTokens.userId, usedAt: accountTokens.usedAt, revokedAt: accountTokens.revokedAt, expired: sql<boolean>`${accountTokens.expiresAt} <= now()` })
    .from(accountTokens)
    .where(and(eq(accountTokens.tokenHash, linkTokenDigest(token)), eq(accountTokens.purpose, purpose)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) return { status: "unknown" };
  if (row.usedAt) return { status: "used" };
  if (row.revokedAt) return { status: "revoked" };
  if (row.expired) return { status: "expired" };
  return { status: "valid", id: row.id, userId: row.userId };
}

/** Uses a link up, in the caller's transaction: it returns the valid state once, and never again. */
export async function redeemAccountToken(tx: Queryable, purpose: AccountTokenPurpose, token: string): Promise<TokenState> {
  const state = await tokenState(tx, purpose, token, true);
  if (state.status !== "valid") return state;
  const [used] = await tx
    .update(accountTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(accountTokens.id, state.id), isNull(accountTokens.usedAt)))
    .returning({ id: accountTokens.id });
  return used ? state : { status: "used" };
}

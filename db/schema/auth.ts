import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./identity";

/*
 * Signed-in sessions. The cookie (a JWT) only names its row here; each request checks the row, so signing
 * out, a password change or a discharge ends a session on every instance at once, and an idle session ends.
 */
export const authSessions = pgTable(
  "auth_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** A password alone is not enough yet: "verify" a second factor, or "enrol" one the clinic requires. */
    pendingStep: text("pending_step"),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedReason: text("revoked_reason"),
  },
  (t) => [
    index("auth_sessions_user_idx").on(t.userId),
    check("auth_sessions_revoked_reason", sql`(${t.revokedAt} IS NULL) = (${t.revokedReason} IS NULL)`),
    check("auth_sessions_pending_step", sql`${t.pendingStep} IS NULL OR ${t.pendingStep} IN ('verify', 'enrol')`),
  ],
);
export type AuthSession = typeof authSessions.$inferSelect;
export type NewAuthSession = typeof authSessions.$inferInsert;

/*
 * One-time links that are not runner invites: the clinic's set-up link, a colleague's invite, a password
 * reset. As with invites, only the SHA-256 of the token is kept; the token itself is only in the link.
 */
export const accountTokenPurposeEnum = pgEnum("account_token_purpose", ["setup", "clinician_invite", "password_reset"]);
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    purpose: accountTokenPurposeEnum("purpose").notNull(),
    /** Whose account the link opens; none for the set-up link, which creates the first one. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    /** Set when a newer link of the same purpose replaces this one. */
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("account_tokens_user_idx").on(t.userId, t.purpose),
    check("account_tokens_user_for_purpose", sql`(${t.purpose} = 'setup') = (${t.userId} IS NULL)`),
  ],
);
export type AccountToken = typeof accountTokens.$inferSelect;
export type NewAccountToken = typeof accountTokens.$inferInsert;

/** The ten single-use codes that open an account whose authenticator is lost; stored as SHA-256 only. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [unique("recovery_codes_user_code_unique").on(t.userId, t.codeHash)],
);
export type RecoveryCode = typeof recoveryCodes.$inferSelect;
export type NewRecoveryCode = typeof recoveryCodes.$inferInsert;

/*
 * Failed sign-ins (and invite attempts) per account and per address, shared by every app instance. A key
 * blocked until a time is refused before any password is hashed.
 */
export const authThrottle = pgTable(
  "auth_throttle",
  {
    key: text("key").primaryKey(),
    failures: integer("failures").notNull().default(0),
    windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
    blockedUntil: timestamp("blocked_until", { withTimezone: true }),
  },
  (t) => [check("auth_throttle_failures", sql`${t.failures} >= 0`)],
);
export type AuthThrottle = typeof authThrottle.$inferSelect;
export type NewAuthThrottle = typeof authThrottle.$inferInsert;


export type AccountTokenPurpose = (typeof accountTokenPurposeEnum.enumValues)[number];

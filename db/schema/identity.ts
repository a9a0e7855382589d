import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  pgEnum,
  pgTable,
  pgView,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, inDateRange, isTimeZone } from "./columns";
// Languages are a check, not an enum, so that adding one is a constraint swapped in one transaction (docs/translating.md).
import { LOCALES, type Locale } from "./locales";

export const roleEnum = pgEnum("role", ["clinician", "runner"]);
/** Distances as a person reads them. Stored distances are always kilometres; this is only how they are shown and typed. */
export const distanceUnitEnum = pgEnum("distance_unit", ["km", "mi"]);
export type DistanceUnit = (typeof distanceUnitEnum.enumValues)[number];

// Trigger clinics_default_pain_rules (migration 0001): a new clinic gets its clinic_pain_rules row.
export const clinics = pgTable(
  "clinics",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    /** The number a runner with a red flag is told to call. */
    phone: text("phone"),
    /** The clinic's own calendar: a colleague's cover ends at the end of its last day here. */
    timeZone: text("time_zone").notNull().default("UTC"),
    /** Every clinician signs in with a second factor; one without is led through enrolment at sign-in. */
    requireSecondFactor: boolean("require_second_factor").notNull().default(false),
    /** Years a closed runner's record is kept whole before its identifying data is removed (8 by default, as many health services require for adults). */
    retentionYears: smallint("retention_years").notNull().default(8),
    createdAt: createdAt(),
  },
  (t) => [
    check("clinics_phone_format", sql`${t.phone} IS NULL OR ${t.phone} ~ '^[+]?[0-9][0-9 ()-]{5,24}$'`),
    check("clinics_name_present", sql`length(trim(${t.name})) BETWEEN 1 AND 120`),
    check("clinics_time_zone_known", isTimeZone(t.timeZone)),
    check("clinics_retention_years_range", sql`${t.retentionYears} BETWEEN 1 AND 30`),
  ],
);
export type Clinic = typeof clinics.$inferSelect;
export type NewClinic = typeof clinics.$inferInsert;

// Trigger users_keep_an_admin (migration 0013): refuses the update that would leave a clinic without an active admin.
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    /** argon2id; null until a runner accepts their invite and chooses a password. */
    passwordHash: text("password_hash"),
    role: roleEnum("role").notNull(),
    clinicId: uuid("clinic_id")
      .notNull()
      .references(() => clinics.id),
    /** When sign-in to this account was last locked after repeated failures; shown to the owner once signed in, until dismissed. */
    lockNoticeAt: timestamp("lock_notice_at", { withTimezone: true }),
    /** A clinic admin: manages colleagues, the clinic's details and every runner of the clinic. Clinicians only. */
    isAdmin: boolean("is_admin").notNull().default(false),
    /** A clinician who has left: no sign-in, no session, no caseload; their audit trail stays. */
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
    /** The TOTP secret, sealed under AUTH_SECRET (lib/jobs/sealed); set once enrolment is confirmed with a code. */
    totpSecret: text("totp_secret"),
    /** The last TOTP time step accepted: a code is never accepted twice. */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    /** Kilometres or miles on this person's screens; null until chosen, when their browser's language proposes one. */
    distanceUnit: distanceUnitEnum("distance_unit"),
    /** The language this person reads: their screens, and for a runner every email, notification and printout. */
    locale: text("locale").$type<Locale>().notNull().default("en"),
    createdAt: createdAt(),
  },
  (t) => [
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
    check("users_name_present", sql`length(trim(${t.name})) > 0`),
    check("users_locale_known", sql`${t.locale} IN (${sql.raw(LOCALES.map((l) => `'${l}'`).join(", "))})`),
    check("users_admin_is_clinician", sql`NOT ${t.isAdmin} OR ${t.role} = 'clinician'`),
    index("users_clinic_role_idx").on(t.clinicId, t.role),
  ],
);
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

/** Which clinician looks after which runner. A runner may have several clinicians. */
export const careTeam = pgTable(
  "care_team",
  {
    clinicianId: uuid("clinician_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** A colleague covering for a period: in the care team through this date (the clinic's calendar), then gone. */
    coverUntil: date("cover_until", { mode: "string" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.clinicianId, t.runnerId] }),
    index("care_team_runner_idx").on(t.runnerId),
    check("care_team_cover_until_range", inDateRange(t.coverUntil)),
  ],
);
export type CareTeamMember = typeof careTeam.$inferSelect;
export type NewCareTeamMember = typeof careTeam.$inferInsert;

export const invites = pgTable(
  "invites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** SHA-256 of the token; the token itself is only ever in the link. */
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    /** Set when a newer invite replaces this one. */
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("invites_runner_idx").on(t.runnerId)],
);
export type Invite = typeof invites.$inferSelect;
export type NewInvite = typeof invites.$inferInsert;


/** The care team now (migration 0013): active clinicians, a cover only through its last day in the clinic's calendar. */
export const careTeamLive = pgView("care_team_live", {
  clinicianId: uuid("clinician_id").notNull(),
  runnerId: uuid("runner_id").notNull(),
  coverUntil: date("cover_until", { mode: "string" }),
}).existing();

/** Who may see which runner (migration 0013): the live care team, and every active admin of the runner's clinic. */
export const careAccess = pgView("care_access", {
  clinicianId: uuid("clinician_id").notNull(),
  runnerId: uuid("runner_id").notNull(),
}).existing();


export type Role = (typeof roleEnum.enumValues)[number];
